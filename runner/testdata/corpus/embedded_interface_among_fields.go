package main

import "fmt"

// Methods promoted from interfaces embedded in a struct with other
// fields: yaegi found the interface value only when it was the struct's
// only field, and not in an embedded struct ("invalid interface value").

type Getter interface{ Get() int }

type Namer interface{ Name() string }

type num int

func (n num) Get() int { return int(n) }

type label string

func (l label) Name() string { return string(l) }

type Both struct {
	count int
	Getter
	note string
	Namer
}

type Outer struct {
	a, b int
	Both
}

type Deep struct {
	c int
	*Outer
}

func main() {
	b := Both{count: 1, Getter: num(42), note: "n", Namer: label("lbl")}
	fmt.Println(b.Get(), b.Name(), b.count, b.note)
	p := &b
	fmt.Println(p.Get(), p.Name())
	b.Getter = num(7)
	fmt.Println(b.Get(), p.Get())

	o := Outer{a: 1, b: 2, Both: b}
	d := Deep{c: 3, Outer: &o}
	fmt.Println(o.Get(), o.Name(), d.Get(), d.Name())
	o.Namer = label("renamed")
	fmt.Println(d.Name(), d.a+d.b+d.c)
}
