package main

import "fmt"

type item struct{ id int }

func main() {
	var ptrs []*item
	for _, it := range []item{{1}, {2}, {3}} {
		ptrs = append(ptrs, &it)
	}
	for _, p := range ptrs {
		fmt.Print(p.id, " ")
	}
	fmt.Println()
}
