package main

import "fmt"

type myint int

type point struct{ x, y int }

func main() {
	var ia, ib any
	i := myint(1)
	ia = i
	ib = i
	fmt.Println(ia == ib)
	i = 2
	ia = i
	fmt.Println(ia == ib, ia, ib)

	p := point{1, 2}
	var saved fmt.Stringer
	var boxed any = p
	p.x = 10
	fmt.Println(boxed, p, saved == nil)
}
