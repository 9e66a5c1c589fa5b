package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Println(name+":", r, isRuntime)
	}()
	f()
}

func main() {
	n := -1
	big := 1 << 59
	type T []int64
	try("chan", func() { _ = make(chan int, n) })
	try("chan big", func() { _ = make(chan [64]byte, big) })
	try("slice len", func() { _ = make(T, n) })
	try("slice cap", func() { _ = make(T, 0, n) })
	m := 1
	try("slice len > cap", func() { _ = make(T, 2, uint8(m)) })
	try("slice big", func() { _ = make([]byte, 0, uint(big)*64) })
	s := make(T, 2, n+5)
	c := make(chan string, n+2)
	fmt.Println(len(s), cap(s), cap(c))
}
