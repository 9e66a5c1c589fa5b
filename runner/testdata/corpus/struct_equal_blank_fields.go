// == ignores blank fields, even when unsafe gave them different values.
package main

import (
	"fmt"
	"unsafe"
)

type T struct {
	_, _, _ int
}

type U struct {
	A int
	_ int
	B [2]T
}

func main() {
	type T1 struct{ x, y, z int }
	t1 := *(*T)(unsafe.Pointer(&T1{1, 2, 3}))
	t2 := *(*T)(unsafe.Pointer(&T1{4, 5, 6}))
	fmt.Println(t1 == t2, t1 != t2)
	if t1 != t2 {
		fmt.Println("differ")
	} else {
		fmt.Println("same")
	}
	u1 := U{A: 1, B: [2]T{t1, t2}}
	u2 := U{A: 1, B: [2]T{t2, t1}}
	u3 := U{A: 2}
	fmt.Println(u1 == u2, u1 == u3, [1]U{u1} == [1]U{u2})
}
