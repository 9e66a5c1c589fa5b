package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var hits atomic.Int64
	var ready atomic.Bool
	var wg sync.WaitGroup
	for range 50 {
		wg.Go(func() {
			for range 20 {
				hits.Add(1)
			}
		})
	}
	wg.Wait()
	ready.Store(true)
	var old int32 = 5
	swapped := atomic.CompareAndSwapInt32(&old, 5, 6)
	fmt.Println(hits.Load(), ready.Load(), swapped, old)
}
