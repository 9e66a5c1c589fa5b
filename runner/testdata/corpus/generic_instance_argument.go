package main

import (
	"fmt"
	"strings"
)

// Generic code instantiated with an instance of a generic type, under a
// constraint with methods or a type set.

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s Stack[T]) String() string {
	var b strings.Builder
	for i, v := range s.items {
		if i > 0 {
			b.WriteString(" ")
		}
		fmt.Fprint(&b, v)
	}
	return "[" + b.String() + "]"
}

type List[T any] []T

func describe[T fmt.Stringer](vs ...T) string {
	var parts []string
	for _, v := range vs {
		parts = append(parts, v.String())
	}
	return strings.Join(parts, ", ")
}

func total[L ~[]E, E ~int | ~float64](l L) E {
	var sum E
	for _, v := range l {
		sum += v
	}
	return sum
}

func main() {
	var a, b Stack[int]
	a.Push(1)
	a.Push(2)
	b.Push(3)
	fmt.Println(describe(a, b))
	fmt.Println(total(List[int]{1, 2, 3}), total(List[float64]{0.5, 0.25}))
}
