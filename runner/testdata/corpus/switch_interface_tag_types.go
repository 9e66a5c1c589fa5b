// A switch on an interface matches a case only when the dynamic type is the
// case's: T(2), 2 and a T(2) returned as any from a function.
package main

import (
	"fmt"
	"time"
)

type T int

func box(t T) any { return t }

func main() {
	for _, v := range []any{box(2), T(2), 2, 2.0, "s", time.Second, nil} {
		switch v {
		case 2:
			fmt.Println(v, "untyped 2")
		case T(2):
			fmt.Println(v, "T(2)")
		case time.Second:
			fmt.Println(v, "second")
		case nil:
			fmt.Println("nil")
		default:
			fmt.Println(v, "other")
		}
	}
	var d time.Duration = time.Second
	switch d {
	case time.Second:
		fmt.Println("d second")
	}
	for _, c := range []byte("a]+") {
		switch c { // a byte tag: the rune constants are bytes here
		case ']':
			fmt.Println("close")
		case '+', 'a':
			fmt.Println("op", string(c))
		}
	}
	var x any = T(3)
	switch x {
	case box(3):
		fmt.Println("boxed 3")
	}
}
