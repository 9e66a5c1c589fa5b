// A switch with an init statement on an interface compares its cases by
// dynamic type: F(1), T(1) and 1.0 are three different cases.
package main

import "fmt"

type F float64

type T int

func main() {
	for _, v := range []any{1.0, F(1), T(1), 1} {
		switch i := v; i {
		case F(1):
			fmt.Println(v, "F(1)")
		case T(1):
			fmt.Println(v, "T(1)")
		case 1.0:
			fmt.Println(v, "1.0")
		default:
			fmt.Println(v, "other")
		}
	}
L:
	switch i := any(T(2)); i {
	case T(2):
		fmt.Println("T(2)")
		break L
	}
}
