// A package that declares a predeclared name which the code the runner
// adds uses (here the panic helpers' delete) as a function is refused: the
// added code would find the program's delete. (Constants and variables so
// named are renamed instead: their names are not seen at run time.)
package main

import "fmt"

func delete(s []string, i int) []string { return append(s[:i], s[i+1:]...) }

func main() {
	defer func() { fmt.Println(recover()) }()
	fmt.Println(delete([]string{"a", "b"}, 0))
	panic("boom")
}
