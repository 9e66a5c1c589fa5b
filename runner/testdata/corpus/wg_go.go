package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	squares := make([]int, 4)
	for i := range 4 {
		wg.Go(func() {
			squares[i] = i * i
			mu.Lock()
			total += i
			mu.Unlock()
		})
	}
	wg.Wait()
	fmt.Println(squares, total)
}
