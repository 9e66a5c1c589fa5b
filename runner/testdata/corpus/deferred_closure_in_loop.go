// A function literal deferred in a loop sees its own iteration's
// variables (Go 1.22), also those the body declares and what the body
// assigns to them after the defer statement, and its recover still stops
// a panic.
package main

import (
	"fmt"
	"strings"
)

func ranges() {
	for i, w := range strings.Fields("a b c") {
		defer func() { fmt.Println("range:", i, w) }()
	}
}

func rangeInt() {
	for i := range 2 {
		n := i * 10
		defer func() { fmt.Println("range int:", i, n) }()
	}
}

func threeClause() {
	for i := 0; i < 3; i++ {
		label := fmt.Sprintf("#%d", i)
		if i == 1 {
			defer func() { fmt.Println("three-clause:", i, label) }()
			label += " (changed after the defer)"
		}
	}
}

func recovers() (err error) {
	for i := range []int{7, 8} {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("iteration %d recovered %v", i, r)
			}
		}()
	}
	panic("boom")
}

func main() {
	ranges()
	rangeInt()
	threeClause()
	fmt.Println(recovers())
}
