// A comparison of constants is a constant: const ok = iota == 0 holds
// its value, and a constant case or condition branches on it.
package main

import "fmt"

type B bool

const (
	first = iota == 0
	second
)

const (
	same         = 1 == 1
	less         = "a" < "b"
	greater      = 1.5 >= 2
	named   B    = 2 != 3
	small   int8 = 3
	atMost       = small <= 3
)

const debug = false

func main() {
	fmt.Println(first, second, same, less, greater, named, atMost)
	if 1 < 2 {
		fmt.Println("1 < 2")
	}
	if small > 4 || debug == true {
		fmt.Println("no")
	} else {
		fmt.Println("else")
	}
	switch {
	case 2 == 3:
		fmt.Println("2 == 3")
	case !debug && "x" == "y":
		fmt.Println("x == y")
	case "x" != "y":
		fmt.Println("x != y")
	}
	x := 3 == 3
	fmt.Printf("%v %T\n", x, x)
	for 1 > 2 {
		fmt.Println("never")
	}
}
