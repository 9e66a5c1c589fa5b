package main

import (
	"fmt"
	"iter"
)

func Fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func Enumerate[T any](s []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

func firstOver(limit int) (int, int) {
	n := 0
	for f := range Fib() {
		n++
		if f > limit {
			return n, f
		}
	}
	return -1, -1
}

func main() {
	for f := range Fib() {
		if f > 50 {
			break
		}
		if f%2 == 1 {
			continue
		}
		fmt.Print(f, " ")
	}
	fmt.Println()
	fmt.Println(firstOver(1000))
	for i, s := range Enumerate([]string{"x", "y", "z"}) {
		fmt.Println(i, s)
	}
}
