// A tagless switch whose case is an interface value compares it with true:
// case i: holds when i is the bool true, not a B(true) nor a 1.
package main

import "fmt"

type B bool

func main() {
	for _, v := range []interface{}{true, false, B(true), 1} {
		switch i := v; {
		case i:
			fmt.Println(v, "is true")
		case false:
			fmt.Println("never")
		default:
			fmt.Println(v, "is not true")
		}
	}
}
