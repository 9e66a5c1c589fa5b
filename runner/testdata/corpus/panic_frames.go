package main

import (
	"fmt"
	"sync"
)

type counter struct{ n int }

func (c *counter) each(f func(int)) {
	for i := range c.n {
		f(i)
	}
}

type table map[string]int

func (t table) set(k string, v int) {
	t[k] = v
}

func fill(t table, k string, depth int) {
	if depth == 0 {
		t.set(k, depth)
		return
	}
	fill(t, k, depth-1)
}

// A panic's traceback names the program's functions, methods and
// closures, each at the line it was running, and where its goroutine was
// created.
func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		c := &counter{n: 3}
		c.each(func(i int) {
			if i == 2 {
				var t table
				fill(t, "k", 2)
			}
		})
		wg.Done()
	}()
	wg.Wait()
	fmt.Println("not reached")
}
