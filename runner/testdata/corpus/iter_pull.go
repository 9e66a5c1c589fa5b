package main

import (
	"fmt"
	"iter"
	"slices"
)

func zip(a, b iter.Seq[string]) [][2]string {
	nextA, stopA := iter.Pull(a)
	defer stopA()
	nextB, stopB := iter.Pull(b)
	defer stopB()
	var out [][2]string
	for {
		x, ok1 := nextA()
		y, ok2 := nextB()
		if !ok1 || !ok2 {
			return out
		}
		out = append(out, [2]string{x, y})
	}
}

func main() {
	fmt.Println(zip(slices.Values([]string{"a", "b", "c"}), slices.Values([]string{"1", "2"})))
}
