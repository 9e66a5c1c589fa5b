// unsafe.Offsetof, unsafe.Sizeof and the len of an array are constants:
// their operand is not evaluated, even through a nil pointer.
package main

import (
	"fmt"
	"unsafe"
)

type Inner struct {
	A, B int64
}

type Outer struct {
	X int32
	*Inner
	Arr [4]int
}

func get() *Outer {
	fmt.Println("get called")
	return nil
}

func main() {
	var o Outer
	var p *Outer
	fmt.Println(unsafe.Offsetof(o.Inner.B), unsafe.Sizeof(p.Arr), len(p.Arr))
	switch {
	case unsafe.Offsetof(o.Inner.B) != 8:
		fmt.Println("wrong offset")
	default:
		fmt.Println("offset 8")
	}
	fmt.Println(unsafe.Sizeof(get().X), len(o.Inner.B2()))
}

func (i *Inner) B2() [3]byte { return [3]byte{} }
