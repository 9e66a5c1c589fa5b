package main

import (
	"fmt"
	"sync"
)

// Go 1.22: each iteration has its own i, so each goroutine sees its own.
func main() {
	var wg sync.WaitGroup
	results := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(results)
}
