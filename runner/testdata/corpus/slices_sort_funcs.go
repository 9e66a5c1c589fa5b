package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%d-", i)
	}
	sb.WriteString("end")
	sb.WriteByte('!')
	fmt.Println(sb.String(), sb.Len())
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}}
	sort.Sort(ByAge(people))
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people)
	slices.SortFunc(people, func(a, b Person) int { return a.Age - b.Age })
	fmt.Println(people[0].Name)
	m := map[string]int{"z": 26, "a": 1, "m": 13}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	for _, k := range keys {
		fmt.Print(k, "=", m[k], " ")
	}
	fmt.Println()
	nums := []int{5, 2, 8, 1}
	slices.Sort(nums)
	idx, found := slices.BinarySearch(nums, 5)
	fmt.Println(nums, idx, found, slices.Contains(nums, 8), slices.Index(nums, 2), slices.Max(nums))
	fmt.Println(strings.Join(strings.Fields(" a  b c "), ","), strings.Repeat("ab", 3), strings.ToUpper("go"))
	words := strings.Split("b,a,c", ",")
	sort.Strings(words)
	slices.Reverse(words)
	fmt.Println(words, len(words))
}
