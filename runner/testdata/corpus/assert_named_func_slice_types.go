package main

import "fmt"

// Assertions and type switches to unnamed types (func() int, []int,
// map[string]int) on values of named types of the program with those
// underlying types: Go's types differ, and so do the answers.

type F func() int

type IntList []int

type Counts map[string]int

func named() int { return 1 }

func kind(x any) string {
	switch x.(type) {
	case func() int:
		return "func() int"
	case []int:
		return "[]int"
	case map[string]int:
		return "map[string]int"
	case F:
		return "F"
	case IntList:
		return "IntList"
	}
	return "other"
}

func main() {
	values := []any{named, F(named), []int{1}, IntList{1}, map[string]int{}, Counts{}}
	for _, v := range values {
		_, isFunc := v.(func() int)
		_, isSlice := v.([]int)
		fmt.Println(kind(v), isFunc, isSlice)
	}
}
