// A value of a named type returned as interface{} keeps its type: a type
// switch finds it, and it compares equal to the same value put in an
// interface another way.
package main

import "fmt"

type Sq int

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func box(v Sq) any { return v }

func boxC(c Celsius) any { return c }

func kind(v any) string {
	switch v.(type) {
	case Sq:
		return "Sq"
	case int:
		return "int"
	}
	return "other"
}

func eq(i any, t Sq) bool { return i == t }

func main() {
	fmt.Println(kind(box(1)), kind(any(Sq(2))), kind(3))
	fmt.Println(eq(any(Sq(1)), Sq(1)), eq(box(1), 1), box(1) == any(Sq(1)), box(1) == any(1))
	fmt.Println(boxC(21.5))
	_, ok := boxC(3).(fmt.Stringer)
	fmt.Println(ok)
}
