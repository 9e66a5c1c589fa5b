package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	start := time.Now()
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			v := counter
			time.Sleep(100 * time.Millisecond)
			counter = v + 1
		}()
	}
	wg.Wait()
	fmt.Println("counter", counter)
	fmt.Println("elapsed", time.Since(start))
}
