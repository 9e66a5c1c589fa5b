package main

import (
	"fmt"
	"strings"
)

type op func(int) int

func double(x int) int { return 2 * x }

func pick(name string) func(int) int {
	if name == "double" {
		return double
	}
	return func(x int) int { return x + 1 }
}

func main() {
	fmt.Println((double)(3))
	f := double
	fmt.Println((f)(4))
	fmt.Println((pick("inc"))(5))
	fmt.Println((func(s string) string { return strings.ToUpper(s) })("go"))
	fmt.Println((op(double))(6))
	(fmt.Println)("printed", "through", "parens")
	p := &struct{ n int }{8}
	fmt.Println((*struct{ n int })(p).n)
}
