package main

import "fmt"

// ID(1) and 1 are two keys in Go; the interpreter would store both as
// the int 1.
type ID int

func main() {
	seen := map[any]string{}
	seen[ID(1)] = "an ID"
	seen[1] = "an int"
	fmt.Println(len(seen))
}
