package main

import "fmt"

// Instances of a generic type and of a generic function whose type
// arguments are struct types that differ only in a field's tag: Go's
// types differ, so the instances do.

type T[_ any] struct{}

type plain = struct{ A int }

type tagged = struct {
	A int "x"
}

type other = struct {
	A int "y"
}

func kind(v any) string {
	switch v.(type) {
	case T[plain]:
		return "plain"
	case T[tagged]:
		return "tagged"
	}
	return "other"
}

func zero[E any]() any {
	var e E
	return e
}

func main() {
	fmt.Println(kind(T[plain]{}), kind(T[tagged]{}), kind(T[other]{}))
	var a, b any = T[plain]{}, T[tagged]{}
	fmt.Println(a == b, a == any(T[plain]{}))
	fmt.Println(zero[plain]() == zero[tagged](), zero[tagged]() == zero[tagged]())
	fmt.Printf("%T\n%T\n", a, b)
}
