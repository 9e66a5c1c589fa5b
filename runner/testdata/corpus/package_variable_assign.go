// A program assigns a variable of a package it imports,
// runtime.MemProfileRate, as Go's own tests do: it is a variable of a
// basic type, not a constant.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	old := runtime.MemProfileRate
	runtime.MemProfileRate = 4096
	fmt.Println("rate:", runtime.MemProfileRate)
	runtime.MemProfileRate = old
	fmt.Println("restored:", runtime.MemProfileRate == old)
}
