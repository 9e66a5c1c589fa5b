package main

import "fmt"

// Methods with an unnamed receiver on generic types, two of them named
// alike: instantiating them took the receiver's name for its type.

type A[T any] struct{ v T }

func (A[T]) Kind() string { return "A" }

func (*A[T]) PtrKind() string { return "*A" }

type B[T any] struct{ w []T }

func (B[T]) Kind() string { return "B" }

func (*B[T]) PtrKind() string { return "*B" }

type Kinder interface{ Kind() string }

func main() {
	a, b := A[int]{1}, B[int]{[]int{2}}
	fmt.Println(a.Kind(), b.Kind(), a.PtrKind(), b.PtrKind())
	for _, k := range []Kinder{a, b, &a, &b} {
		fmt.Println(k.Kind())
	}
}
