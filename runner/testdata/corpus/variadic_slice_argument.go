package main

// f(s) passes s as one argument, even when s has the variadic
// parameter's slice type; only f(s...) passes its elements.

import "fmt"

type Ints []int

func count(args ...any) int { return len(args) }

func countInts(args ...[]int) int { return len(args) }

func sum(args ...int) int {
	s := 0
	for _, a := range args {
		s += a
	}
	return s
}

func main() {
	fmt.Println(count([]any{1, 2}))
	fmt.Println(count([]any{1, 2}...))
	fmt.Println(count([]any{1, 2}, 3))
	fmt.Println(count(), count(nil))
	fmt.Println(countInts([][]int{{1}, {2}}...), countInts([]int{1, 2}))
	fmt.Println(sum(Ints{1, 2}...), sum([]int{3, 4}...))
	var ss []any
	ss = append(ss, []any{1, 2})
	ss = append(ss, []any{3, 4}...)
	fmt.Println(len(ss), ss)
}
