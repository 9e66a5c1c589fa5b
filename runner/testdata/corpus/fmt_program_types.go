package main

import (
	"errors"
	"fmt"
)

type Point struct {
	X, Y int
}

type Job struct {
	ID   int
	Name string
	Tags []string
	P    *Point
}

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

func main() {
	p := Point{1, 2}
	fmt.Printf("%v %+v %#v %T\n", p, p, p, p)
	pp := &p
	fmt.Printf("%v %+v %T\n", pp, pp, pp)
	j := Job{ID: 7, Name: "build", Tags: []string{"a", "b"}}
	fmt.Printf("%v\n%+v\n", j, j)
	fmt.Printf("%#v\n", j.Tags)
	m := map[string]int{"b": 2, "a": 1}
	fmt.Printf("%v %#v %T\n", m, m, m)
	s := []Point{{1, 2}, {3, 4}}
	fmt.Printf("%v %+v %T\n", s, s, s)
	fmt.Printf("%q %x %X %d\n", "hi", "hi", 255, []int{1, 2})
	err := errors.New("boom")
	fmt.Printf("%v %T %q\n", err, err, err)
	fmt.Printf("%v %s %d %T\n", Blue, Green, Green, Red)
	fmt.Printf("%v\n", []Color{Red, Green, Blue})
	fmt.Printf("%x %08b %o %5.2f|%-5s|%5s|\n", 3054, 5, 8, 3.14159, "ab", "cd")
	var ip *int
	fmt.Printf("%v %T\n", ip, ip)
	var e error
	fmt.Printf("%v %T\n", e, e)
	fmt.Printf("%T %T %T %T\n", 1, "s", 2.5, []any{1})
	fmt.Printf("%v %d\n", struct{ A, B int }{1, 2}, struct{ A, B int }{1, 2})
	fmt.Println(p, pp == nil, m, s)
}
