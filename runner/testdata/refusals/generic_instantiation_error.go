package main

import "fmt"

// The interpreter cannot instantiate first with Ptr (its constraint check
// misses a named pointer type under ~*[4]byte): it must say so where the
// generic function is, instead of crashing at the call.

type Ptr *[4]byte

func first[T interface{ ~*[4]byte }](t T) byte {
	return t[0]
}

func main() {
	b := [4]byte{7}
	fmt.Println(first[Ptr](&b))
}
