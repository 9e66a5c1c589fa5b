// Generic type aliases (Go 1.24): an alias with type parameters stands for
// the type it names, in declarations, literals, results and %T.
package main

import (
	"fmt"
	"strings"
)

type List[T any] struct {
	items []T
}

func (l *List[T]) Push(v T) { l.items = append(l.items, v) }

type Strings = List[string]

type Of[T any] = List[T]

type Matrix[T any] = [][]T

type Index[K comparable] = map[K][]int

func build[T any](vs ...T) *Of[T] {
	l := &Of[T]{}
	for _, v := range vs {
		l.Push(v)
	}
	return l
}

func main() {
	var s Strings
	s.Push("a")
	l := build(1, 2, 3)
	fmt.Println(s.items, l.items)
	m := Matrix[int]{{1, 2}, {3}}
	fmt.Println(len(m), m)
	idx := Index[string]{}
	for i, w := range strings.Fields("a b a") {
		idx[w] = append(idx[w], i)
	}
	fmt.Println(idx)
	fmt.Printf("%T %T\n", l, m)
}
