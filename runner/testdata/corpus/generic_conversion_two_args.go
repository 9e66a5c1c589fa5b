package main

import "fmt"

// A conversion to an instance of a generic type with two type arguments,
// Pairs[string, int](x), in ordinary code.

type Pairs[K comparable, V any] []struct {
	Key K
	Val V
}

func (ps Pairs[K, V]) Keys() []K {
	var ks []K
	for _, p := range ps {
		ks = append(ks, p.Key)
	}
	return ks
}

func main() {
	raw := []struct {
		Key string
		Val int
	}{{"a", 1}, {"b", 2}}
	ps := Pairs[string, int](raw)
	fmt.Println(ps.Keys(), len(ps))
}
