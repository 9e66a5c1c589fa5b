package main

import "fmt"

// An interface value compared with a value of a type parameter, by == and
// by a switch, in instances with the program's types and compiled ones.

type Color int

type Point struct{ X, Y int }

func index[T comparable](vs []any, t T) int {
	for i, v := range vs {
		if v == t {
			return i
		}
	}
	return -1
}

func classify[T comparable](v any, zero T) string {
	switch v {
	case zero:
		return "zero"
	case nil:
		return "nil"
	}
	return "other"
}

func main() {
	vs := []any{1, Color(1), Point{1, 2}, "p", nil}
	fmt.Println(index(vs, 1), index(vs, Color(1)), index(vs, Point{1, 2}), index(vs, "p"), index(vs, Color(2)))
	fmt.Println(classify[Color](Color(0), 0), classify[Color](0, 0), classify[Point](nil, Point{}), classify(Point{}, Point{}))
}
