package main

import (
	"errors"
	"fmt"
)

// Values of instances of generic types held in interfaces: their dynamic
// types, as %T, a type switch, an assertion and == see them, told apart
// from each other and from a non-generic type of the same shape.

type Box[T any] struct{ v T }

type IntBox struct{ v int }

type Option[T any] interface{ sealed() }

type Some[T any] struct{ val T }

func (Some[T]) sealed() {}

type None struct{}

func (None) sealed() {}

type Err[T any] struct{ code T }

func (e *Err[T]) Error() string { return fmt.Sprint("code ", e.code) }

func pick[T any](n int, v T) Option[T] {
	if n == 1 {
		return Some[T]{v}
	}
	return None{}
}

func kind(x any) string {
	switch v := x.(type) {
	case Box[int]:
		return fmt.Sprint("Box[int] ", v.v)
	case *Box[string]:
		return fmt.Sprint("*Box[string] ", v.v)
	case IntBox:
		return fmt.Sprint("IntBox ", v.v)
	case Some[int]:
		return fmt.Sprint("Some[int] ", v.val)
	}
	return fmt.Sprintf("other %T", x)
}

func main() {
	values := []any{Box[int]{1}, &Box[string]{"s"}, IntBox{2}, Box[string]{"t"}, Some[int]{3}, Some[string]{"u"}}
	for _, v := range values {
		fmt.Printf("%T %v: %s\n", v, v, kind(v))
	}
	o := pick(1, 4)
	s, ok := o.(Some[int])
	fmt.Println(s.val, ok)
	o = pick(0, 5)
	_, ok = o.(Some[int])
	fmt.Println(ok)
	if _, isNone := o.(None); isNone {
		fmt.Println("None")
	}
	var a any = Box[int]{1}
	fmt.Println(a == any(Box[int]{1}), a == any(IntBox{1}), a == values[0])
	var err error = &Err[int]{7}
	var target *Err[int]
	fmt.Println(errors.As(err, &target), target.code)
	if e, ok := err.(*Err[int]); ok {
		fmt.Println("assert", e.code, err)
	}
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	_ = a.(IntBox)
}
