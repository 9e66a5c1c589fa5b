package main

import "fmt"

// A composite literal assigned to a struct field (or an element) of an
// interface type with methods: yaegi boxed the literal into the literal's
// own frame slot, typed as the bare struct, and panicked
// ("reflect.Set: value of type interp.valueInterface is not assignable to
// type struct {}").

type Namer interface{ Name() string }

type Empty struct{}

func (Empty) Name() string { return "empty" }

type Pair struct{ a, b int }

func (p Pair) Name() string { return fmt.Sprint("pair ", p.a+p.b) }

type Holder struct {
	n     Namer
	inner struct{ n Namer }
	any   any
}

func main() {
	var h Holder
	h.n = Empty{}
	fmt.Println(h.n.Name())
	h.n = Pair{1, 2}
	fmt.Println(h.n.Name())
	h.inner.n = Pair{a: 3, b: 4}
	fmt.Println(h.inner.n.Name())
	h.any = Pair{5, 6}
	fmt.Printf("%v %T\n", h.any, h.any)

	p := &Holder{}
	p.n = Empty{}
	fmt.Println(p.n.Name(), p.n != nil)

	var n Namer
	n = Pair{7, 8}
	fmt.Println(n.Name())

	s := make([]Namer, 2)
	s[0] = Empty{}
	s[1] = Pair{9, 10}
	fmt.Println(s[0].Name(), s[1].Name())

	m := map[string]Namer{}
	m["k"] = Pair{11, 12}
	fmt.Println(m["k"].Name())

	var x, y Namer
	x, y = Empty{}, Pair{13, 14}
	fmt.Println(x.Name(), y.Name())
}
