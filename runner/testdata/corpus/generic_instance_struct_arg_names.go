package main

import "fmt"

// %T of instances whose type arguments are struct types: inside a type
// argument, the runtime names an unexported field with its package
// (main.a int) and an embedded field that is not named after its type
// with its name and its type (main.int = int).

type T[_ any] struct{}

type W[E any] struct{ e E }

type S struct{}

type Int = int

func main() {
	fmt.Printf("%T\n", T[struct{ S }]{})
	fmt.Printf("%T\n", T[struct{ *S }]{})
	fmt.Printf("%T\n", T[struct{ a int }]{})
	fmt.Printf("%T\n", T[struct {
		int
		B string "t"
	}]{})
	fmt.Printf("%T\n", T[struct{ Int }]{})
	fmt.Printf("%T\n", T[[]struct{ fmt.Stringer }]{})
	var x any = W[struct{ a, b int }]{}
	fmt.Printf("%T %v\n", x, x)
}
