// A type alias declared in a function names its type from there on: a
// type of the program, an instance of a generic type, a composite type.
package main

import "fmt"

type Point struct{ X, Y int }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
	type pt = Point
	p := pt{1, 2}
	var q pt
	fmt.Printf("%v %v %T %v\n", p, q, p, p == Point{1, 2})
	type entry = Pair[string, int]
	es := []entry{{"a", 1}, {"b", 2}}
	fmt.Printf("%v %T\n", es, es[0])
	type ints = []int
	fmt.Println(append(ints{1}, 2), len(ints(nil)))
	{
		type pt = string // shadows the alias of the outer block
		fmt.Printf("%q\n", pt("inner"))
	}
	fmt.Println(pt{3, 4}.X)
}
