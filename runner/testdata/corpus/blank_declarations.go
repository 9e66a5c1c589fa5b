// Blank declarations declare nothing, a struct may have many blank fields,
// and they take no part in ==.
package main

import "fmt"

var _ int = 1
var _, _ = 3, 4

const _ = 3

type _ int

type _ struct{ a, b int }

type P struct {
	A int
	_ string
	B float64
	_ float64
	_ [2]int
}

func main() {
	x := P{A: 1, B: 2}
	y := x
	var ix interface{} = x
	fmt.Println(x == y, ix == x, x.A, x.B)
	fmt.Printf("%v %+v\n", x, x)
	s := struct {
		x int
		_ string
		y float64
		_ float64
	}{x: 1, y: 2}
	fmt.Println(s.x, s.y)
}
