package main

import "fmt"

// An assertion, in a generic function, to an instance of a generic
// interface (getter[T]) that instances of generic types implement, one
// through an embedded field: the function gets a copy per instance, whose
// assertion names getter[string] and the helpers number *A[string].

type A[T any] struct {
	B[T]
}

type B[T any] struct {
	val T
}

func (b *B[T]) get() T { return b.val }

type getter[T any] interface {
	get() T
}

func get[T any](i any) (T, bool) {
	g, ok := i.(getter[T])
	if !ok {
		var zero T
		return zero, false
	}
	return g.get(), true
}

func main() {
	fmt.Println(get[string](&A[string]{B[string]{"abc"}}))
	fmt.Println(get[int](&B[int]{3}))
	fmt.Println(get[int](&A[string]{}))
	fmt.Println(get[int](A[int]{}))
}
