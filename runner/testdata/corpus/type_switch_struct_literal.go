package main

import "fmt"

// A type switch without a variable whose case is a struct type literal.

func kind(i any) string {
	switch i.(type) {
	case float64:
		return "float64"
	case struct{ a, b float64 }:
		return "struct{a, b float64}"
	case struct{ Name string }:
		return "struct{Name string}"
	}
	return "other"
}

func main() {
	fmt.Println(kind(struct{ a, b float64 }{1, 2}))
	fmt.Println(kind(struct{ Name string }{"x"}))
	fmt.Println(kind(struct{ a, b int }{1, 2}))
	fmt.Println(kind(2.5))
}
