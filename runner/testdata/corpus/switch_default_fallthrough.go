// A default clause that is not last in its switch is tried last, but a
// fallthrough from it goes to the clause that follows it in the source, and
// a fallthrough from the clause before it goes to it; the other cases are
// evaluated in the order they are written.
package main

import "fmt"

func val(s string, v int) int {
	fmt.Print(s, " ")
	return v
}

func tagged(x int) (trace string) {
	switch x {
	case val("a", 1):
		trace += "1"
		fallthrough
	default:
		trace += "d"
		fallthrough
	case val("b", 2):
		trace += "2"
	case val("c", 3):
		trace += "3"
		fallthrough
	case val("e", 4):
		trace += "4"
	}
	return trace
}

func tagless(x int) (trace string) {
	switch {
	default:
		trace += "d"
		fallthrough
	case x == 1:
		trace += "1"
	case x == 2:
		trace += "2"
		fallthrough
	case x == 3:
		trace += "3"
		fallthrough
	case x == 9:
		trace += "9"
	}
	return trace
}

func emptyDefault(x int) (trace string) {
	trace = "<"
	switch {
	case x == 1:
		trace += "1"
		fallthrough
	default:
	case x == 2:
		trace += "2"
	}
	return trace + ">"
}

func main() {
	for x := 0; x <= 4; x++ {
		fmt.Println(tagged(x))
	}
	for x := 0; x <= 3; x++ {
		fmt.Println(tagless(x), emptyDefault(x))
	}
}
