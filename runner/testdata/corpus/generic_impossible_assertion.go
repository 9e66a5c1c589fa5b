package main

import "fmt"

// Type switches and assertions in a generic function that one of its
// instances makes impossible (string has no method M): Go compiles them
// and they fail at run time; the function's copy for that instance drops
// the case and keeps the assertion failing, with Go's panic.

type S struct{}

func (S) M() byte { return 0 }

type I[T any] interface {
	M() T
}

func match[T, A any](x I[T]) {
	switch v := x.(type) {
	case A:
		fmt.Printf("case A: %T\n", v)
	case nil:
		fmt.Printf("case nil: %T\n", v)
	default:
		fmt.Println("default")
	}
	_, ok := x.(A)
	fmt.Println("comma ok:", ok)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	a := x.(A)
	fmt.Printf("asserted: %T\n", a)
}

type E struct{}

func (E) Error() string { return "E" }

func as[T any](err error) T {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("as:", r)
		}
	}()
	return err.(T)
}

func main() {
	match[byte, string](S{})
	match[byte, S](S{})
	match[byte, string](nil)
	var _ = match[byte, int]
	x := I[byte](S{})
	fmt.Println(x.(S))
	match[byte, float64](x)
	fmt.Println(as[E](E{}), as[int](E{}), as[int](nil))
}
