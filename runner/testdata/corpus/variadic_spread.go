// A variadic call with a spread argument: nil (a nil slice), a slice of a
// named slice type, to the program's functions and methods and to the
// library's.
package main

import (
	"fmt"
	"strings"
)

type names []string

type anys []any

func count(xs ...string) (int, bool) { return len(xs), xs == nil }

type T struct{}

func (T) join(sep string, ns ...string) string { return strings.Join(ns, sep) + fmt.Sprint(ns == nil) }

func main() {
	fmt.Println(count(nil...))
	fmt.Println(count(names{"a", "b"}...))
	fmt.Println(T{}.join("-", nil...), T{}.join("-", names{"x", "y"}...))
	fmt.Println(fmt.Sprint(nil...) == "", fmt.Sprint(anys{1, "a"}...))
	f := func(xs ...any) int { return len(xs) }
	fmt.Println(f(nil...), f(nil), f(), f(anys{1, 2}...))
}
