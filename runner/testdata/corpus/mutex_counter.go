package main

import (
	"fmt"
	"sync"
	"time"
)

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[key]++
}

func main() {
	c := Counter{n: map[string]int{}}
	start := time.Now()
	var wg sync.WaitGroup
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.mu.Lock()
			time.Sleep(10 * time.Millisecond) // holds the lock
			c.mu.Unlock()
			c.Inc([]string{"even", "odd"}[i%2])
		}()
	}
	wg.Wait()
	fmt.Println(c.n, time.Since(start).Round(10*time.Millisecond))
}
