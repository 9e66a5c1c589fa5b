package main

import "fmt"

// An element and its list, generic types that refer to each other: yaegi
// builds their types without end.
type Element[T any] struct {
	next *Element[T]
	list *List[T]
	Val  T
}

type List[T any] struct {
	root Element[T]
	len  int
}

func main() {
	var l List[int]
	fmt.Println(l.len)
}
