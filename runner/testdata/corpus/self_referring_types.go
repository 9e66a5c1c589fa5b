package main

import "fmt"

// Types that contain themselves other than through a struct.

type T []T

type N *N

type C chan C

type F func(s string) F

type V func(...V) int

type G []func() []G

type L[E any] []L[E]

type Ch[E any] chan Ch[E]

func count(vs ...V) int { return len(vs) }

func main() {
	var t T
	fmt.Println(t == nil, len(t))
	t = append(t, nil, T{nil})
	t = append(t, make(T, 2))
	fmt.Println(len(t), t[0] == nil, t[1] != nil, len(t[1]), len(t[2]), t[1][0] == nil)
	fmt.Printf("%v %T %d\n", t, t, len(t[2:]))

	var n N
	fmt.Println(n == nil)
	n = N(&n)
	fmt.Println(n != nil, *n == n, **n == n)

	c := make(C, 1)
	c <- c
	d := <-c
	fmt.Println(d == c, len(c), cap(d))
	fmt.Printf("%T\n", c)

	var f F
	f = func(s string) F {
		fmt.Println("f", s)
		return f
	}
	f("a")("b")("c")
	fmt.Println(f("d") != nil)
	fmt.Printf("%T\n", f)

	var v V = count
	fmt.Println(v(), v(v, nil), v([]V{v, v}...))

	g := G{func() []G { return []G{nil, {nil}} }}
	g = append(g, func() []G { return nil })
	fmt.Println(len(g), len(g[0]()), len(g[0]()[1]), g[1]() == nil)
	fmt.Printf("%T\n", g[0])

	l := L[int]{nil, L[int]{}}
	l = append(l, l)
	fmt.Println(len(l), l[0] == nil, len(l[2]))
	fmt.Printf("%v %T\n", l[:2], l)

	ch := make(Ch[string])
	go func() { ch <- make(Ch[string]) }()
	got := <-ch
	fmt.Println(got != nil, got != ch)
	fmt.Printf("%T\n", ch)
}
