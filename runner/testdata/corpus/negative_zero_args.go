package main

import (
	"fmt"
	"math"
)

func id(x float64) float64 { return x }

func show(label string, x float64) {
	fmt.Println(label, x, math.Signbit(x), 1/x)
}

func cid(c complex128) complex128 { return c }

func main() {
	zero := 0.0
	neg := -zero
	show("var", neg)
	show("id", id(neg))
	show("expr", id(-zero))
	var f32 float32
	fmt.Println(1 / float32(id(float64(-f32))))
	c := cid(complex(neg, neg))
	fmt.Println(math.Signbit(real(c)), math.Signbit(imag(c)))
}
