package main

import "fmt"

// Methods of the same name on two generic types, instantiated with the
// same type arguments: yaegi cached the instances of generic functions by
// name and type arguments only, so that Stack[int].Len ran as
// Queue[int].Len (test/typeparam/issue48645b.go).

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Len() int { return len(s.items) }

func (s Stack[T]) Name() string { return "stack" }

type Queue[T any] struct {
	items []T
	extra int
}

func (q *Queue[T]) Push(v T) { q.items = append(q.items, v); q.extra += 10 }

func (q *Queue[T]) Len() int { return len(q.items) + q.extra }

func (q Queue[T]) Name() string { return "queue" }

type Lener interface{ Len() int }

func main() {
	var s Stack[int]
	var q Queue[int]
	s.Push(1)
	q.Push(2)
	q.Push(3)
	fmt.Println(s.Name(), s.Len())
	fmt.Println(q.Name(), q.Len())
	for _, l := range []Lener{&s, &q} {
		fmt.Println(l.Len())
	}
	var qs Queue[string]
	qs.Push("a")
	fmt.Println(qs.Name(), qs.Len())
}
