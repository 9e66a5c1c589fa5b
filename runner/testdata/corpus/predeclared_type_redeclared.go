// A package may declare a predeclared type's name for a constant of its
// own: const int = 5 is valid Go, and an untyped constant's default type
// is still Go's int (the interpreter looked the type up by its name, found
// the constant, and crashed).
package main

import "fmt"

const int = 5

func main() {
	x := int + 1
	n := 3
	fmt.Println(x, n*x, fmt.Sprintf("%T", x))
}
