package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Employee struct {
	Name string
	Dept string
	Age  int
}

func main() {
	s := []int{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5}
	c := slices.Clone(s)
	slices.Sort(c)
	fmt.Println(c, slices.Compact(slices.Clone(c)))
	slices.Reverse(c)
	fmt.Println(c, slices.Index(c, 5), slices.Contains(c, 7))
	fmt.Println(slices.Insert([]int{1, 2, 3}, 1, 10, 11), slices.Delete([]int{1, 2, 3, 4}, 1, 3))
	fmt.Println(slices.Equal(s, c), slices.Max(s), slices.Min(s))
	var emps []Employee
	depts := []string{"eng", "ops", "eng", "hr"}
	for i := 0; i < 20; i++ {
		emps = append(emps, Employee{fmt.Sprintf("e%02d", i), depts[i%4], 20 + i%5})
	}
	slices.SortFunc(emps, func(a, b Employee) int { return cmp.Compare(a.Age, b.Age) })
	var names []string
	for _, e := range emps {
		names = append(names, e.Name)
	}
	fmt.Println(strings.Join(names, " "))
	slices.SortStableFunc(emps, func(a, b Employee) int { return strings.Compare(a.Dept, b.Dept) })
	fmt.Println(emps[0], emps[len(emps)-1])
	i, found := slices.BinarySearchFunc([]Employee{{"a", "", 1}, {"b", "", 5}}, 5, func(e Employee, t int) int { return cmp.Compare(e.Age, t) })
	fmt.Println(i, found)
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	m2 := maps.Clone(m)
	maps.DeleteFunc(m2, func(k string, v int) bool { return v%2 == 1 })
	fmt.Println(m2, maps.Equal(m, m2), slices.Sorted(maps.Keys(m)))
	dst := map[string]int{"z": 26}
	maps.Copy(dst, m)
	fmt.Println(len(dst), dst)
	fmt.Println(cmp.Compare("a", "b"), cmp.Less(2, 1), cmp.Or("", "default"))
	fmt.Println(slices.Repeat([]string{"ab"}, 3), slices.Concat([]int{1}, []int{2, 3}))
}
