package main

import "fmt"

// Method expressions of a generic type's instance inside a generic
// function (Box[T].Get, (*Box[T]).Set): yaegi called them with the
// receiver taken for the method's own arguments ("reflect: Call with too
// many input arguments"); the lowering's helper for method expressions
// could not name T at the top level.

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

func (b *Box[T]) Set(v T) { b.v = v }

func (b Box[T]) With(prefix string, vs ...T) string { return fmt.Sprint(prefix, b.v, vs) }

func roundTrip[T any](v, w T) {
	b := Box[T]{v}
	get := Box[T].Get
	set := (*Box[T]).Set
	with := Box[T].With
	fmt.Println(get(b))
	set(&b, w)
	fmt.Println(get(b), with(b, "box:", v, w))
}

func main() {
	roundTrip(1, 2)
	roundTrip("a", "b")
}
