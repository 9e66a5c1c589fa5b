package main

import (
	"fmt"
	"strings"
)

// A conversion to a type parameter, T(x), instantiated with a named type
// of the program: the type argument is no name in the generic function's
// scope, and T(x) was taken for a call of a function.

type celsius float64

type label string

func conv[T ~float64](x float64) T { return T(x) }

func join[S ~string](parts ...string) S { return S(strings.Join(parts, "-")) }

func zeros[T ~int | ~float64](n int) []T {
	out := make([]T, n)
	for i := range out {
		out[i] = T(i)
	}
	return out
}

func main() {
	c := conv[celsius](21.5)
	fmt.Printf("%v %T\n", c, c)
	l := join[label]("a", "b")
	fmt.Printf("%q %T\n", l, l)
	fmt.Println(zeros[celsius](3), zeros[int](2))
}
