package main

import "fmt"

// Methods with a pointer receiver declared after a declaration that names
// an instance of their generic type (the parameter of describe): the
// instance had only the methods declared before it ("undefined selector:
// String"); those with a value receiver were added.

type Pair[K comparable, V any] struct {
	k K
	v V
}

func describe(p *Pair[string, int]) string {
	return p.String() + " " + p.Key()
}

func (p *Pair[_, _]) String() string { return fmt.Sprint(p.k, ":", p.v) }

func (p Pair[K, V]) Key() string { return fmt.Sprint(p.k) }

func (p *Pair[K, V]) Set(v V) { p.v = v }

func main() {
	p := &Pair[string, int]{"a", 1}
	p.Set(2)
	fmt.Println(describe(p))
	var s fmt.Stringer = p
	fmt.Println(s.String())
}
