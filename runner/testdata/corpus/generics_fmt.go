package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

type Result[T any] struct {
	Val T
	Err error
}

func collect[T any](in <-chan T) []T {
	var out []T
	for v := range in {
		out = append(out, v)
	}
	return out
}

func main() {
	p := Pair[string, int]{"a", 1}
	fmt.Println(p)
	fmt.Printf("%v %s %+v\n", p, p, []Pair[string, int]{p})
	var s Stack[int]
	s.Push(1)
	s.Push(2)
	fmt.Printf("%v %+v\n", s, s)
	r := Result[string]{Val: "ok"}
	fmt.Printf("%+v\n", r)
	ch := make(chan string, 2)
	ch <- "x"
	ch <- "y"
	close(ch)
	fmt.Println(collect(ch))
}
