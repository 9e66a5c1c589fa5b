package main

import "fmt"

// A generic function that asserts to its type parameter, instantiated
// with types declared in main: its copies per instance name them at the
// top level, where the types are moved, keeping their names.

func as[T any](x any) (T, bool) {
	t, ok := x.(T)
	return t, ok
}

func must[T any](x any) T {
	return x.(T)
}

func main() {
	type point struct{ x, y int }
	type label string
	p, ok := as[point](point{1, 2})
	fmt.Printf("%v %v %T\n", p, ok, p)
	_, ok = as[point](label("a"))
	fmt.Println(ok)
	l := must[label](label("b"))
	fmt.Printf("%q %T\n", l, l)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	must[point](label("c"))
}
