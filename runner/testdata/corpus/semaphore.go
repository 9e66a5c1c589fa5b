package main

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sync/semaphore"
)

func main() {
	sem := semaphore.NewWeighted(2)
	var running, peak atomic.Int32
	var wg sync.WaitGroup
	ctx := context.Background()
	start := time.Now()
	for range 6 {
		if err := sem.Acquire(ctx, 1); err != nil {
			panic(err)
		}
		wg.Go(func() {
			defer sem.Release(1)
			n := running.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			time.Sleep(100 * time.Millisecond)
			running.Add(-1)
		})
	}
	wg.Wait()
	fmt.Println("peak", peak.Load(), "took", time.Since(start).Round(10*time.Millisecond))
}
