package main

import "fmt"

// A method of a generic type that converts its receiver to an interface
// whose method the type declares further down: the instance made in main
// has every method before any of their bodies is compiled.

type Getter[T any] interface {
	get() T
}

type Box[T any] struct{ v T }

func (b *Box[T]) viaInterface() T {
	var g Getter[T] = b
	return g.get()
}

func (b *Box[T]) direct() T { return b.get() }

func (b *Box[T]) get() T { return b.v }

func main() {
	b := Box[string]{"x"}
	fmt.Println(b.viaInterface(), b.direct())
	n := &Box[int]{4}
	fmt.Println(n.viaInterface() + n.direct())
}
