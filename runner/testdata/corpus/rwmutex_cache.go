package main

import (
	"fmt"
	"sync"
	"time"
)

type Cache struct {
	mu   sync.RWMutex
	data map[int]string
}

func (c *Cache) Get(k int) (string, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	time.Sleep(50 * time.Millisecond)
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) Set(k int, v string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.data[k] = v
}

func main() {
	c := &Cache{data: map[int]string{}}
	c.Set(1, "one")
	start := time.Now()
	var wg sync.WaitGroup
	for range 5 {
		wg.Go(func() { c.Get(1) })
	}
	wg.Wait()
	v, ok := c.Get(1)
	fmt.Println(v, ok, "readers took", time.Since(start).Round(10*time.Millisecond))
}
