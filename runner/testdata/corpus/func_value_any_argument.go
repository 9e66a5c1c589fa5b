package main

import "fmt"

// A declared function passed as an interface{} argument, then asserted
// back to its function type and called.

func newInt() *int {
	n := 7
	return &n
}

func call(x any) (int, bool) {
	f, ok := x.(func() *int)
	if !ok {
		return 0, false
	}
	return *f(), true
}

func describe(xs ...any) {
	for _, x := range xs {
		fmt.Printf("%T ", x)
	}
	fmt.Println()
}

func main() {
	fmt.Println(call(newInt))
	fmt.Println(call(func() *int { n := 8; return &n }))
	fmt.Println(call(main))
	describe(newInt, main)
}
