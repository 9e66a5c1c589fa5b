// A three-stage pipeline: generate, square, print; each stage takes time.
package main

import (
	"fmt"
	"time"
)

func generate(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			time.Sleep(100 * time.Millisecond)
			out <- i
		}
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			time.Sleep(50 * time.Millisecond)
			out <- v * v
		}
	}()
	return out
}

func main() {
	for v := range square(generate(3)) {
		fmt.Println("got", v)
	}
	fmt.Println("done")
}
