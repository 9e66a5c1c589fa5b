package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	ages := map[string]int{"carol": 41, "alice": 30, "bob": 25}
	names := slices.Sorted(maps.Keys(ages))
	fmt.Println(names)
	total := 0
	for v := range maps.Values(ages) {
		total += v
	}
	fmt.Println("total", total)
	for i, n := range slices.Backward(names) {
		fmt.Println(i, strings.ToUpper(n))
	}
	byLen := slices.SortedFunc(slices.Values(names), func(a, b string) int { return len(a) - len(b) })
	fmt.Println(byLen, slices.Collect(maps.Keys(map[int]bool{7: true})))
	copyAges := maps.Collect(maps.All(ages))
	fmt.Println(len(copyAges), copyAges["bob"])
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Println(c)
	}
}
