package main

import (
	"fmt"
	"strings"
)

// A method of a generic type whose instance a function's signature names
// before the functions the method calls are declared (here fmt's printing
// of a value of a type parameter, which the runner gives a helper after
// the program's last line).

type Stack[T any] struct{ items []T }

func (s Stack[T]) String() string {
	var b strings.Builder
	for i, v := range s.items {
		if i > 0 {
			b.WriteString(" ")
		}
		fmt.Fprint(&b, v)
	}
	return "[" + b.String() + "]"
}

func show(s Stack[int]) string { return s.String() }

func main() {
	fmt.Println(show(Stack[int]{[]int{1, 2}}))
	fmt.Println(Stack[string]{[]string{"x"}})
}
