// A package that declares a predeclared name which the code the runner
// adds uses (here the map helpers' delete) is refused: the added code would
// find the program's delete.
package main

import "fmt"

var delete = []string{"a", "b"}

func main() {
	defer func() { fmt.Println(recover()) }()
	fmt.Println(delete)
	panic("boom")
}
