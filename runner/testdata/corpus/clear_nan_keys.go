package main

import (
	"fmt"
	"math"
)

func main() {
	m := map[float64]string{1: "one", math.NaN(): "nan", 2: "two"}
	m[math.NaN()] = "another nan"
	alias := m
	fmt.Println(len(m))
	clear(m)
	fmt.Println(len(m), len(alias))
	m[3] = "three"
	fmt.Println(alias[3])

	s := []int{1, 2, 3}
	clear(s[1:])
	fmt.Println(s)
}
