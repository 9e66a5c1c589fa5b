package main

import "fmt"

// A panic inside a generic function whose body has a type switch on its
// type parameter: the traceback names the generic function as Go does.

type Meters float64

func first[T any](vs []any) T {
	for _, v := range vs {
		switch x := v.(type) {
		case T:
			return x
		}
	}
	panic(fmt.Sprintf("no %T in %v", *new(T), vs))
}

func main() {
	fmt.Println(first[Meters]([]any{1, Meters(2)}))
	fmt.Println(first[string]([]any{1, Meters(2)}))
}
