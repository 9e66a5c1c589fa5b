// Converting a slice to a longer array, or to a pointer to one, panics
// with the runtime's error, which recover sees as a runtime.Error.
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Println(name, isRuntime, r)
	}()
	f()
}

func main() {
	s := make([]byte, 8)
	try("pointer", func() { _ = (*[9]byte)(s) })
	try("array", func() { _ = [9]byte(s) })
	try("fits", func() { p := (*[8]byte)(s); fmt.Println(len(p), [4]byte(s)) })
	var n []byte
	try("nil", func() { fmt.Println((*[0]byte)(n) == nil) })
}
