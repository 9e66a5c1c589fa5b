// Ranging over a pointer to an array: the key takes a slot of its own,
// a nil pointer ranges over the indices of its array type (as len and cap
// give its length), and only reading an element dereferences it.
package main

import "fmt"

func main() {
	var p *[10]int
	s := 0
	for i := range p {
		s += i
	}
	fmt.Println(s, len(p))
	for i, _ := range p {
		s += i
	}
	fmt.Println(s)
	q := &[3]int{1, 2, 3}
	for i, v := range q {
		fmt.Println(i, v)
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	for i, v := range p {
		fmt.Println(i, v)
	}
}

func init() {
	var p *[4]int
	fmt.Println(len(p), cap(p))
}
