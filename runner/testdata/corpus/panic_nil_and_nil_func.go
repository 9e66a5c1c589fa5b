package main

import (
	"errors"
	"fmt"
	"runtime"
)

// panic(nil) panics with a *runtime.PanicNilError, which recover returns,
// and calling a nil func value is a nil dereference.
func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %T %v\n", name, r, r)
		if err, ok := r.(error); ok {
			var pe *runtime.PanicNilError
			var re runtime.Error
			fmt.Println("  PanicNilError:", errors.As(err, &pe), "runtime.Error:", errors.As(err, &re))
		}
	}()
	f()
}

func main() {
	try("nil", func() { panic(nil) })
	var err error
	try("nil error", func() { panic(err) })
	var cb func(int) int
	try("nil func", func() { cb(1) })
	handlers := map[string]func(){}
	try("missing handler", func() { handlers["x"]() })
	defer func() {
		r := recover()
		fmt.Println("re-panicking", r)
		panic(nil)
	}()
	panic(nil)
}
