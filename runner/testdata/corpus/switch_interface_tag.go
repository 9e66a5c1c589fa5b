package main

import "fmt"

// A switch whose tag and cases mix an interface value and values of
// other types: each case compares as == does, the interface's dynamic
// value against the other operand.

func kind(i any) string {
	n, s := 0, "zero"
	switch i {
	case n:
		return "int 0"
	case s, "one":
		return "a string"
	case 2.5:
		return "a float64"
	case nil:
		return "nil"
	}
	return "other"
}

func main() {
	for _, v := range []any{0, "zero", "one", 2.5, nil, int8(0), 3} {
		fmt.Println(kind(v))
	}
	var err error
	t := 7
	switch t {
	case 3:
		fmt.Println("3")
	case any(7):
		fmt.Println("7 as any")
	}
	switch any(err) {
	case nil:
		fmt.Println("nil error")
	}
}
