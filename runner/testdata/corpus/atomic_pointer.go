package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Version int
	Name    string
}

func main() {
	var cfg atomic.Pointer[Config]
	fmt.Println("empty:", cfg.Load() == nil)
	cfg.Store(&Config{1, "initial"})
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Go(func() {
			for {
				old := cfg.Load()
				next := &Config{old.Version + 1, fmt.Sprint("update", i)}
				if cfg.CompareAndSwap(old, next) {
					return
				}
			}
		})
	}
	wg.Wait()
	fmt.Println("version:", cfg.Load().Version)
	prev := cfg.Swap(&Config{Version: 100, Name: "final"})
	fmt.Println(prev.Version, cfg.Load().Name)
}
