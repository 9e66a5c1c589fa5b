package main

import "fmt"

// An assertion to a function type made of a type parameter, in a method
// of a generic type: with the type argument put in, it asks for a type of
// the standard library's kind (func() *int), which the interpreter's own
// assertion gets right.

type Maker[T any] struct{}

func (Maker[T]) make(x any) (*T, bool) {
	f, ok := x.(func() *T)
	if !ok {
		return nil, false
	}
	return f(), true
}

func newInt() *int {
	n := 7
	return &n
}

func main() {
	p, ok := Maker[int]{}.make(newInt)
	fmt.Println(*p, ok)
	_, ok = Maker[int]{}.make(func() *string { return nil })
	fmt.Println(ok)
	_, ok = Maker[int]{}.make(3)
	fmt.Println(ok)
}
