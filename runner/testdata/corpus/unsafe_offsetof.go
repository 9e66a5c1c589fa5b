package main

import (
	"fmt"
	"sync/atomic"
	"time"
	"unsafe"
)

type inner struct {
	x byte
	y int32
}

type padded struct {
	a int64
	_ [56]byte
	b int64
}

type outer struct {
	flag bool
	inner
	t    time.Duration
	hits atomic.Int64
}

func main() {
	var p padded
	var o outer
	fmt.Println(unsafe.Offsetof(p.a), unsafe.Offsetof(p.b), unsafe.Sizeof(p))
	fmt.Println(unsafe.Offsetof(o.flag), unsafe.Offsetof(o.inner), unsafe.Offsetof(o.y), unsafe.Offsetof(o.t), unsafe.Offsetof(o.hits))
	fmt.Println(unsafe.Sizeof(o), unsafe.Alignof(o.hits))
}
