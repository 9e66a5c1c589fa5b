package main

import "fmt"

// Package variables initialized with instances of generic functions
// (var twice = double[int]): the variable's type was never known while the
// package's globals were declared, which yaegi reported as a "constant
// definition loop".

func double[T int | float64](x T) T { return 2 * x }

func pair[K comparable, V any](k K, v V) string { return fmt.Sprint(k, "=", v) }

var twice = double[int]
var half = double[float64]
var show = pair[string, int]

func main() {
	fmt.Println(twice(21), half(0.25), show("n", 3))
	f := double[int]
	fmt.Println(f(4), twice(5))
}
