package main

import "fmt"

// A type switch and an assertion whose types are instances of a generic
// type with several type arguments, P[int, string], in ordinary code.

type P[A, B any] struct {
	a A
	b B
}

type L[E comparable, S []E] []S

func (L[E, S]) Len() int { return 0 }

func kind(x any) string {
	switch x.(type) {
	case P[int, string]:
		return "P[int, string]"
	case P[string, int]:
		return "P[string, int]"
	case L[int, []int]:
		return "L[int, []int]"
	}
	return "other"
}

func main() {
	fmt.Println(kind(P[int, string]{1, "a"}), kind(P[string, int]{"b", 2}), kind(L[int, []int]{{1}}), kind(3))
	p, ok := any(P[string, int]{"c", 3}).(P[string, int])
	fmt.Println(p, ok)
	_, ok = any(P[string, int]{"c", 3}).(P[int, string])
	fmt.Println(ok)
}
