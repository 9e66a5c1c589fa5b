// An empty substring taken at the end of a string keeps its data pointer
// inside the string, as Go's slicing does (reflect's would be nil).
package main

import (
	"fmt"
	"unsafe"
)

type name string

func base(s string) uintptr { return uintptr(unsafe.Pointer(unsafe.StringData(s))) }

func main() {
	hello := "hello"
	five := 5
	for _, s := range []string{hello[5:], hello[five:], hello[five:five], hello[1:][2:][2:]} {
		fmt.Println(len(s), base(s)-base(hello) < 5)
	}
	n := name("gopher")
	m := n[2:four()]
	fmt.Printf("%T %q\n", m, m)
}

func four() int { return 4 }
