package main

import "fmt"

// In a generic function, map literal keys of distinct type parameters may
// turn out to be the same value once instantiated (int(0), T(0) with T
// int): Go allows it, the later entry wins.

func keys[T, U int]() map[any]string {
	return map[any]string{int(0): "int", T(0): "T", U(1): "U"}
}

func codes[K comparable](a, b K) map[K]int {
	return map[K]int{a: 1, b: 2}
}

func main() {
	m := keys[int, int]()
	fmt.Println(len(m), m[0], m[1])
	fmt.Println(codes("x", "y"), codes(3, 4))
}
