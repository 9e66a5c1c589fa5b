package main

import "fmt"

// A generic function with several type arguments used as a value, not
// called where it is named: apply(pairOf[int, string], ...) and
// f := pairOf[string, bool].

type pair struct {
	a any
	b any
}

func pairOf[A, B any](a A, b B) pair { return pair{a, b} }

func apply[X, Y any](f func(X, Y) pair, x X, y Y) pair { return f(x, y) }

func swap[A, B any](a A, b B) (B, A) { return b, a }

func main() {
	fmt.Println(apply(pairOf[int, string], 1, "one"))
	f := pairOf[string, bool]
	fmt.Println(f("yes", true))
	g := swap[int, string]
	s, n := g(2, "two")
	fmt.Println(s, n)
	var h func(int, string) (string, int)
	h = swap[int, string]
	fmt.Println(h(3, "three"))
}
