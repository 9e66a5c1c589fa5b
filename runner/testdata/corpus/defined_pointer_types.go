package main

import (
	"errors"
	"fmt"
)

// Defined pointer types (type series *stream) in a program whose
// interface values the lowering's helpers look into (the assertion below):
// the helpers' type switch listed series next to *stream, which yaegi took
// for a duplicate case ("duplicate case  in type switch", test/chan/powser2.go).

type stream struct {
	vals []int
}

type series *stream

type pair *[2]series

type item interface{ value() int }

type num int

func (n num) value() int { return int(n) }

func sum(s series) int {
	t := 0
	for _, v := range s.vals {
		t += v
	}
	return t
}

func first(it item) num { return it.(num) }

func main() {
	var s series = &stream{vals: []int{1, 2, 3}}
	p := pair(&[2]series{s, &stream{vals: []int{4}}})
	fmt.Println(sum(p[0]), sum(p[1]), first(num(7)))
	var e error = errors.New("plain")
	if _, ok := e.(interface{ value() int }); !ok {
		fmt.Println("not an item:", e)
	}
}
