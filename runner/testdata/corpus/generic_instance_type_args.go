package main

import (
	"fmt"
	"sort"
)

// Type arguments that are themselves instances of generic types: a type
// of the program written as Pair[int, string] inside the brackets of
// another instantiation, explicit or inside a generic method.

type Pair[A, B comparable] struct {
	First  A
	Second B
}

type Box[T any] struct{ V T }

func (b Box[T]) Get() T { return b.V }

func first[T any](s []T) T { return s[0] }

func keys[K comparable, V any](m map[K]V) []K {
	var r []K
	for k := range m {
		r = append(r, k)
	}
	return r
}

type Counter[A, B comparable] struct{ m map[Pair[A, B]]int }

// Firsts calls a generic function with a type argument built from the
// method's own type parameters.
func (c *Counter[A, B]) Firsts() []A {
	var r []A
	for _, k := range keys[Pair[A, B], int](c.m) {
		r = append(r, k.First)
	}
	return r
}

func main() {
	p := Pair[int, string]{1, "a"}
	fmt.Println(first[Pair[int, string]]([]Pair[int, string]{p, {2, "b"}}))
	b := Box[Pair[int, string]]{V: p}
	fmt.Println(b.Get().Second)
	bb := Box[Box[Pair[int, string]]]{V: b}
	fmt.Println(bb.Get().Get().First)

	c := &Counter[string, int]{m: map[Pair[string, int]]int{{"x", 1}: 1, {"y", 2}: 2}}
	fs := c.Firsts()
	sort.Strings(fs)
	fmt.Println(fs)
	fmt.Println(len(keys[Pair[int, int], bool](map[Pair[int, int]]bool{{1, 2}: true})))
}
