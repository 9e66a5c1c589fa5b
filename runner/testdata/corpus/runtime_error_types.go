// A recovered runtime error is of the runtime's own type (%T), with the
// runtime's message, for the errors the interpreter detects itself.
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%s: %T %v (runtime.Error: %v)\n", name, r, r, isRuntime)
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	i, j, n := 5, 1, -1
	try("index", func() { _ = s[i] })
	try("negative index", func() { _ = s[n] })
	try("slice", func() { _ = s[i:] })
	try("slice order", func() { _ = s[2:j] })
	try("string index", func() { _ = "abc"[i] })
	try("nil map", func() {
		var m map[string]int
		m["a"] = 1
	})
	try("divide", func() { _ = i / (j - 1) })
	try("makeslice", func() { _ = make([]int, n) })
	try("makechan", func() { _ = make(chan int, n) })
	try("nil pointer", func() {
		var p *struct{ X int }
		_ = p.X
	})
	try("yield after break", func() {
		seq := func(yield func(int) bool) {
			yield(1)
			yield(2)
		}
		for range seq {
			break
		}
	})
}
