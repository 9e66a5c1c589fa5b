package main

import (
	"fmt"
	"sync"
)

// merge ranges over a variadic slice of channels and each channel in turn.
func merge(ins ...<-chan int) <-chan int {
	out := make(chan int)
	var wg sync.WaitGroup
	for i, in := range ins {
		wg.Go(func() {
			for v := range in {
				out <- v * (i + 1)
			}
		})
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func gen(vs ...int) <-chan int {
	c := make(chan int, len(vs))
	for _, v := range vs {
		c <- v
	}
	close(c)
	return c
}

func main() {
	sum := 0
	for v := range merge(gen(1, 2), gen(3, 4), gen(5)) {
		sum += v
	}
	fmt.Println("sum", sum)
}
