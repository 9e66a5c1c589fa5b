package main

import (
	"fmt"
	"math"
)

const limit = min(10, 3, 7)

func main() {
	a, b := 4, 9
	fmt.Println(min(a, b), max(a, b, 12), limit)
	fmt.Println(min(2.5, 1.5), max(math.Inf(-1), -3), min("pear", "apple"))
	fmt.Println(math.Signbit(min(0.0, math.Copysign(0, -1))), math.IsNaN(max(1, math.NaN())))
	m := map[string]int{"a": 1, "b": 2}
	s := []int{1, 2, 3}
	clear(m)
	clear(s)
	fmt.Println(len(m), s)
}
