package main

import "fmt"

// A switch on a value of a concrete type whose cases are interface values
// (and constants): each case compares as an interface comparison.

type myint int

func (m myint) foo() {}

type fooer interface{ foo() }

func match(t myint, i fooer, j any) string {
	switch t {
	case i:
		return "i"
	case 7, j:
		return "7 or j"
	}
	return "none"
}

func main() {
	fmt.Println(match(0, myint(0), nil))
	fmt.Println(match(1, myint(0), myint(1)))
	fmt.Println(match(7, myint(0), nil))
	fmt.Println(match(2, myint(0), 2))
}
