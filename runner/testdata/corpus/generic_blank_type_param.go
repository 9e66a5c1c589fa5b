package main

import "fmt"

// A blank type parameter cannot be named, so _ in the function's body is
// the blank identifier: yaegi took it for the type argument, and `_ = v`
// assigned to a type ("reflect.Value.Set using unaddressable value").

func count[_ any](xs ...int) int {
	n := 0
	for _, x := range xs {
		_ = func() int { return x }()
		n += x
	}
	var a [2]int
	_, a[1] = 1, n
	return a[1]
}

type Box[_ any, V any] struct{ v V }

func (b Box[_, V]) get() V {
	_ = b.v
	return b.v
}

func pair[K comparable, _ any](k K) K {
	_, _ = k, k
	return k
}

func main() {
	defer fmt.Println("deferred")
	fmt.Println(count[string](1, 2, 3))
	fmt.Println(count[struct{}]())
	fmt.Println(Box[int, string]{"v"}.get())
	fmt.Println(pair[string, float64]("k"))
}
