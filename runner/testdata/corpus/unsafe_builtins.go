package main

import (
	"fmt"
	"runtime"
	"unsafe"
)

type point struct{ x, y int32 }

func main() {
	runtime.MemProfileRate = 0
	fmt.Println(runtime.MemProfileRate)

	b := []byte("hello")
	s := unsafe.String(&b[0], uint8(len(b)))
	fmt.Println(s, *unsafe.StringData(s) == 'h')

	pts := []point{{1, 2}, {3, 4}, {5, 6}}
	p := unsafe.SliceData(pts)
	fmt.Println(*p, unsafe.Slice(p, 2))
	var none []point
	fmt.Println(unsafe.SliceData(none) == nil, len(unsafe.Slice((*point)(nil), 0)))

	defer func() { fmt.Println("recovered:", recover()) }()
	n := -1
	_ = unsafe.Slice(p, n)
}
