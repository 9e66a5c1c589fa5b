package main

import (
	"errors"
	"fmt"
)

// An assertion to a type parameter, x.(T), with the comma-ok form and
// without: the panic names the instance's types.

type ID int

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

func as[T any](v any) (T, bool) {
	t, ok := v.(T)
	return t, ok
}

func must[T any](v any) T {
	return v.(T)
}

func main() {
	fmt.Println(as[ID](ID(4)))
	fmt.Println(as[ID](4))
	fmt.Println(as[int](4))
	var err error = &NotFound{"k"}
	nf, ok := as[*NotFound](err)
	fmt.Println(nf.Key, ok)
	fmt.Println(as[error](err))
	fmt.Println(as[fmt.Stringer](err))
	fmt.Println(errors.Is(must[error](err), err))
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	fmt.Println(must[ID](4))
}
