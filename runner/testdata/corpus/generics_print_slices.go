package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type Item struct {
	Name string
	qty  int
}

func PrintAll[T any](items []T) {
	fmt.Println(items)
	fmt.Printf("%v %d\n", items, len(items))
	for i, it := range items {
		fmt.Printf("%d: %v %+v\n", i, it, it)
	}
}

func MapOf[K comparable, V any](keys []K, f func(K) V) map[K]V {
	m := make(map[K]V)
	for _, k := range keys {
		m[k] = f(k)
	}
	fmt.Println("map:", m)
	return m
}

func main() {
	PrintAll([]int{1, 2})
	PrintAll([]Celsius{1.5, 2})
	PrintAll([]Item{{"a", 1}})
	MapOf([]string{"x", "y"}, func(s string) Celsius { return Celsius(len(s)) })
}
