package main

import "fmt"

// In a generic function, case T may be the same type as a later case: the
// first case that matches is taken, and a clause of several cases keeps
// its variable of the switch's type (%v of an interface value) even when
// T takes one of its cases.

type Shape interface{ Area() float64 }

type Square float64

func (s Square) Area() float64 { return float64(s * s) }

type Circle float64

func (c Circle) Area() float64 { return 3 * float64(c*c) }

func describe[T any](i any) string {
	switch x := i.(type) {
	case T:
		return fmt.Sprintf("T %T %v", x, x)
	case int32, int16:
		return fmt.Sprintf("int32/int16 %T %v", x, x)
	case int:
		return fmt.Sprintf("int %v", x+1)
	}
	return "other"
}

func shape[T Shape](s Shape) string {
	switch x := s.(type) {
	case T:
		return fmt.Sprintf("T %v", x.Area())
	case Square, Circle:
		return fmt.Sprintf("Square/Circle %T %v", x, x.Area())
	}
	return "other"
}

func main() {
	fmt.Println(describe[int32](int32(7)))
	fmt.Println(describe[int32](int16(8)))
	fmt.Println(describe[int16](int32(9)))
	fmt.Println(describe[int](10))
	fmt.Println(describe[string](int16(11)))
	fmt.Println(shape[Square](Square(2)))
	fmt.Println(shape[Square](Circle(1)))
	fmt.Println(shape[Circle](Square(3)))
}
