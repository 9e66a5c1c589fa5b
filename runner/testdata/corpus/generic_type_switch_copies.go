package main

import "fmt"

// A type switch on a type parameter: each instance of the generic function
// takes the case its type argument makes (the first one that matches, as
// case T and case int are the same case in kind[int]).

type Celsius float64

type Shape interface{ Area() float64 }

type Square struct{ Side float64 }

func (s Square) Area() float64 { return s.Side * s.Side }

func kind[T any](v any) string {
	switch x := v.(type) {
	case T:
		return fmt.Sprintf("T (%T %v)", x, x)
	case int:
		return fmt.Sprintf("int %d", x)
	case []T:
		return fmt.Sprintf("[]T of %d", len(x))
	case struct{ a, b T }:
		return "struct{a, b T}"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	fmt.Println(kind[float64](2.5))
	fmt.Println(kind[float64](7))
	fmt.Println(kind[int](7))
	fmt.Println(kind[Celsius](Celsius(21.5)))
	fmt.Println(kind[Celsius](21.5))
	fmt.Println(kind[Celsius]([]Celsius{1, 2}))
	fmt.Println(kind[Shape](Square{2}))
	fmt.Println(kind[Shape](Celsius(1)))
	fmt.Println(kind[fmt.Stringer](Square{3}))
	fmt.Println(kind[string](struct{ a, b string }{"x", "y"}))
}
