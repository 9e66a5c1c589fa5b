package main

import "fmt"

// A declaration names an instance of a generic type (the parameter of
// describe) before the functions and variables its methods use are
// declared: the methods were compiled as the type was instantiated, while
// the package's globals were still being declared ("undefined: label").

type Pair[K comparable, V any] struct {
	k K
	v V
}

func (p *Pair[_, _]) String() string {
	return label(p.k) + "=" + label(p.v)
}

func (p Pair[K, V]) Key() string { return fmt.Sprint(prefix, p.k) }

func describe(p *Pair[string, int]) string {
	return p.String() + " " + p.Key()
}

func label(x any) string { return fmt.Sprintf("<%v>", x) }

var prefix = "key:"

func main() {
	fmt.Println(describe(&Pair[string, int]{"a", 1}))
	fmt.Println(&Pair[string, int]{"b", 2})
}
