package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	start := time.Now()
	for i := range 3 {
		wg.Add(1)
		d := time.Duration(3-i) * 100 * time.Millisecond
		time.AfterFunc(d, func() {
			defer wg.Done()
			fmt.Println("timer", i, "after", d)
		})
	}
	wg.Wait()
	fmt.Println("all fired by", time.Since(start).Round(10*time.Millisecond))
}
