// The address of an element of an array reached through a pointer, p[i],
// is the address of (*p)[i]: &p[0] of a slice converted to *[8]byte is &s[0].
package main

import "fmt"

type T struct{ a [4]int }

func main() {
	s := make([]byte, 8, 10)
	for i := range s {
		s[i] = byte(i)
	}
	p := (*[8]byte)(s)
	fmt.Println(&p[0] == &s[0], &p[3] == &s[3])
	q := &[3]int{1, 2, 3}
	r := &q[1]
	*r = 20
	fmt.Println(q[1], *r)
	t := &T{}
	u := &t.a
	w := &u[2]
	*w = 7
	fmt.Println(t.a)
}
