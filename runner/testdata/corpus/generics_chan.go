package main

import (
	"fmt"
	"strconv"
)

func Generate[T any](vals ...T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, v := range vals {
			out <- v
		}
	}()
	return out
}

func Map[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

type Number interface{ ~int | ~float64 }

func Sum[N Number](in <-chan N) N {
	var total N
	for v := range in {
		total += v
	}
	return total
}

func main() {
	for s := range Map(Generate(1, 2, 3), func(n int) string { return "#" + strconv.Itoa(n) }) {
		fmt.Println(s)
	}
	fmt.Println(Sum(Generate(1.5, 2.5)), Sum(Map(Generate("a", "bb"), func(s string) int { return len(s) })))
}
