// Indexing or slicing through a nil pointer to an array is a nil
// dereference, with the runtime's error; its length needs no dereference.
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%s: %v (runtime.Error: %v)\n", name, r, isRuntime)
	}()
	f()
}

func main() {
	var p *[4]int
	fmt.Println(len(p), cap(p))
	try("index", func() { fmt.Println(p[1]) })
	try("slice", func() { fmt.Println(p[:2]) })
	i := 3
	try("variable index", func() { p[i] = 1 })
}
