package main

import "fmt"

func main() {
	type pair[T any] struct{ a, b T }
	fmt.Println(pair[int]{1, 2})
}
