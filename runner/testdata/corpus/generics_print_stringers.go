package main

import (
	"fmt"
	"strings"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Point struct{ X, Y int }

func Show[T any](label string, v T) {
	fmt.Printf("%s: %v (%T)\n", label, v, v)
}

func Join[T fmt.Stringer](xs []T) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, ", ")
}

type Opt[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }

func (o Opt[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

func main() {
	Show("int", 42)
	Show("celsius", Celsius(21.5))
	Show("point", Point{1, 2})
	Show("slice", []Celsius{1, 2})
	Show("ptr", &Point{3, 4})
	fmt.Println(Join([]Celsius{10, 20.25}))
	o := Some(Point{5, 6})
	fmt.Println(o, Opt[int]{})
	fmt.Printf("%v %s %+v\n", o, o, Some(3))
}
