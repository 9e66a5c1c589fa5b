// iota is the index of the constant specification, whatever the number of
// names it declares, and a conversion of it (string(iota + 'a')) is a
// constant like any other.
package main

import "fmt"

const (
	abit, amask = 1 << iota, 1<<iota - 1
	bbit, bmask = 1 << iota, 1<<iota - 1
	cbit, cmask = 1 << iota, 1<<iota - 1
)

const (
	s = string(iota + 'a')
	t
	u
)

const (
	p = float32(iota) / 2
	q
)

func main() {
	fmt.Println(abit, amask, bbit, bmask, cbit, cmask)
	fmt.Println(s, t, u, p, q)
	const (
		x, y = iota, -iota
		z, w = iota, -iota
	)
	fmt.Println(x, y, z, w)
}
