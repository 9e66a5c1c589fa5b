package main

import (
	"fmt"
	"sync"
	"time"
)

// Four goroutines sleep 10 s in all.
func main() {
	start := time.Now()
	var wg sync.WaitGroup
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			time.Sleep(time.Duration(n) * time.Second)
			fmt.Println("slept", n)
		}(i)
	}
	wg.Wait()
	fmt.Println("elapsed", time.Since(start))
}
