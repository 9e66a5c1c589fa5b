package main

import (
	"fmt"
	"sort"
)

// Constraints whose type terms use the function's other type parameters
// (M ~map[K]V, S ~[]E): they cannot be checked before K, V and E are
// known, and checking them crashed the interpreter's instantiation.

func copyMap[M ~map[K]V, K comparable, V any](m M) M {
	out := make(M, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

func last[S interface{ ~[]E }, E any](s S) E { return s[len(s)-1] }

type ages map[string]int

type names []string

func main() {
	a := copyMap(ages{"ann": 31, "bob": 42})
	var ks []string
	for k := range a {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	fmt.Printf("%T %v %d\n", a, ks, a["bob"])
	fmt.Println(last(names{"x", "y"}), last([]int{1, 2, 3}))
}
