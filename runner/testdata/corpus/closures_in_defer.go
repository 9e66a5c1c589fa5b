package main

import (
	"fmt"
	"sync"
	"time"
)

func process(name string) {
	start := time.Now()
	cleanup := func() {
		fmt.Printf("cleanup %s after %v\n", name, time.Since(start).Round(10*time.Millisecond))
	}
	defer cleanup()
	logf := func(format string, args ...any) {
		fmt.Printf("["+name+"] "+format+"\n", args...)
	}
	defer logf("done")
	time.Sleep(20 * time.Millisecond)
	logf("working %d", 1)
}

func main() {
	var wg sync.WaitGroup
	defer fmt.Println("main exits")
	defer wg.Wait()
	for _, n := range []string{"a", "b"} {
		wg.Go(func() {
			time.Sleep(10 * time.Millisecond)
			process(n)
		})
		time.Sleep(5 * time.Millisecond)
	}
	finish := func(msg string) { fmt.Println("finish:", msg) }
	defer finish("deferred")
	fmt.Println("main body done")
}
