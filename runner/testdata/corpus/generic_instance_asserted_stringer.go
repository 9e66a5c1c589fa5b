package main

import "fmt"

// Assertions to fmt.Stringer and to error of values of generic types'
// instances: the String and Error methods are the generic type's, one
// body for every instance, and the helpers still find the dynamic type.

type box[T any] struct{ v T }

func (b box[T]) String() string { return fmt.Sprint("box ", b.v) }

type failure[T any] struct{ code T }

func (f *failure[T]) Error() string { return fmt.Sprint("failure ", f.code) }

func main() {
	var x any = box[int]{7}
	if s, ok := x.(fmt.Stringer); ok {
		fmt.Println(s.String())
	}
	var s fmt.Stringer = &box[string]{"p"}
	if b, ok := s.(*box[string]); ok {
		fmt.Println("pointer", b.v)
	}
	_, isInt := s.(box[int])
	fmt.Println(isInt)
	var err error = &failure[string]{"x"}
	switch e := err.(type) {
	case *failure[int]:
		fmt.Println("int", e.code)
	case *failure[string]:
		fmt.Println("string", e.code)
	}
	fmt.Printf("%v %T\n", err, err)
}
