package main

import (
	"fmt"
	"runtime"
)

// A method called on a nil interface value, directly, as a method value,
// and through a type parameter instantiated with the interface: Go panics
// with the runtime's nil dereference; yaegi panicked with reflect's "call
// of reflect.Value.Interface on zero Value".

type Shape interface{ Area() int }

type sq int

func (s sq) Area() int { return int(s * s) }

func area[S Shape](s S) int { return s.Area() }

func try(name string, f func() int) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Println(name, "recovered:", r, isRuntime)
	}()
	fmt.Println(name, f())
}

func main() {
	var s Shape
	try("call", func() int { return s.Area() })
	try("method value", func() int { f := s.Area; return f() })
	try("generic", func() int { return area[Shape](nil) })
	s = sq(3)
	try("set", func() int { return s.Area() + area(s) })
}
