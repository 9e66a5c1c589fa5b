package main

import (
	"fmt"
	"unsafe"
)

// A function returning unsafe.Sizeof, Alignof or Offsetof of its
// argument directly: the call is computed when the program is compiled,
// and its value must still reach the caller.

type pair struct {
	a int8
	b int64
}

func size(x int32) uintptr { return unsafe.Sizeof(x) }

func align(p pair) uintptr { return unsafe.Alignof(p) }

func offset(p pair) uintptr { return unsafe.Offsetof(p.b) }

func sizeOf[T any](x T) uintptr { return unsafe.Sizeof(x) }

func main() {
	fmt.Println(size(1), align(pair{}), offset(pair{}))
	fmt.Println(sizeOf(int16(1)), sizeOf("s"), sizeOf(pair{}))
}
