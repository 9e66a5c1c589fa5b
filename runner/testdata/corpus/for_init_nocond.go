package main

import "fmt"

var calls int

func next() int {
	calls++
	return calls * 10
}

// The init statement of a loop runs once, even without a condition.
func main() {
	n := 0
	for x := next(); ; n++ {
		if n == 3 {
			fmt.Println("x", x, "after", n, "iterations;", calls, "call")
			break
		}
	}
}
