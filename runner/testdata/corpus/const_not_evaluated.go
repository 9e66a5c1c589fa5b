// A constant's expression is never evaluated: len(s[10]) of an s of type
// [][30]int is 30 however long s is, here or inside a function.
package main

import "fmt"

var s [][30]int

var m map[string][20]int

const (
	n1 = len(s[10])
	n2 = len(m["x"])
)

func main() {
	const n3 = cap(s[5])
	x := n1 + n2 + n3
	const n4 = len(s[x%7])
	fmt.Println(n1, n2, n3, n4, x)
}
