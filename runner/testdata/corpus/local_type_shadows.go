// A type declared in a function shadows the package's type of the same name,
// in the function only; a recursive one refers to itself.
package main

import "fmt"

type T struct {
	X int
}

type node struct{ v string }

func (t T) String() string { return "global T" }

func main() {
	type T struct {
		Dummy int32
		F     string
	}
	type node struct {
		v    int
		next *node
	}
	var t T
	u := T{F: "x"}
	l := &node{1, &node{2, nil}}
	fmt.Println(t.Dummy, t.F == "", u.F, l.v, l.next.v)
	{
		type T int
		var x T = 3
		fmt.Println(x + 1)
	}
	fmt.Println(u.F)
	show()
}

func show() {
	var t T
	fmt.Println(t, node{"g"}.v)
}
