package main

import "fmt"

// A generic function returning what another generic function returns: the
// result's type is shared by every use of it, and returning a call's
// value must leave that type as it was, or a later call of a variable of
// that type is taken for a call of a generic function.

type Gen[T any] func() (T, bool)

func pass[T1, T2 any](g1 Gen[T1], g2 Gen[T2]) Gen[T1] {
	if _, ok := g2(); !ok {
		return func() (T1, bool) { var z T1; return z, false }
	}
	return g1
}

func pass2[A, B any](ga Gen[A], gb Gen[B]) Gen[A] {
	return pass[A, B](ga, gb)
}

type Num int

func two() Num { return 2 }

func twice() Num { return two() * 2 }

func main() {
	var g1 Gen[int] = func() (int, bool) { return 3, true }
	var g2 Gen[string] = func() (string, bool) { return "y", true }
	var g3 Gen[string] = func() (string, bool) { return "", false }
	g := pass2[int, string](g1, g2)
	fmt.Println(g())
	g = pass2[int, string](g1, g3)
	fmt.Println(g())
	fmt.Println(twice(), two())
}
