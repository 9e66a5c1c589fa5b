package main

import (
	"fmt"
	"sort"
)

func double(x int) int { return 2 * x }
func square(x int) int { return x * x }

// pick returns a declared function as a value.
func pick(name string) func(int) int {
	switch name {
	case "double":
		return double
	case "square":
		return square
	}
	return nil
}

func main() {
	f := double
	fmt.Println(f(4), pick("square")(5), pick("none") == nil)
	ops := map[string]func(int) int{"double": double, "square": square}
	names := make([]string, 0, len(ops))
	for name := range ops {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Println(name, ops[name](6), pick(name)(7))
	}
}
