// A package may declare the names of builtin functions for its own
// constants and functions: they shadow the builtins in the whole package
// (the interpreter used to update its own symbol for the builtin, and
// crashed), and the builtins are unchanged for other packages.
package main

import (
	"fmt"
	"strings"
)

const (
	cap  = 7
	imag = "imaginary"
)

func copy(s string) string { return s + s }

func main() {
	fmt.Println(cap*2, imag, copy("ab"))
	fmt.Println(strings.Repeat("-", cap), strings.Fields(" x y "))
}
