package main

import "fmt"

// Package variables initialised by calls of generic functions, with type
// arguments written or inferred.
func Id[T any](x T) T { return x }

func Adder[T int | float64](n T) func(T) T { return func(x T) T { return x + n } }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

var (
	v     = Id[int](3)
	w     = Id(4.5)
	add2  = Adder[int](2)
	addF  = Adder(0.5)
	pair  = MakePair("answer", 42)
	names = Id([]string{"a", "b"})
)

func main() {
	fmt.Println(v, w, add2(40), addF(1))
	fmt.Printf("%+v %T\n", pair, pair)
	fmt.Println(names, len(names))
}
