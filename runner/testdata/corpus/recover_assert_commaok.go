// recover().(error), comma-ok or not: the runner wraps recover()
// to keep the panic's value, and the assertion around it; the wrappers
// nest the right way round.
package main

import (
	"errors"
	"fmt"
)

func try(f func()) (err error) {
	defer func() {
		if r, ok := recover().(error); ok {
			err = r
		}
	}()
	f()
	return nil
}

func single() (msg string) {
	defer func() {
		err := recover().(error)
		msg = "recovered: " + err.Error()
	}()
	hello, six := "hello", 6
	return hello[six:]
}

func main() {
	fmt.Println(single())
	fmt.Println(try(func() { panic(errors.New("boom")) }))
	fmt.Println(try(func() {}))
	var s []int
	fmt.Println(try(func() { _ = s[3] }))
	defer func() {
		r, ok := recover().(string)
		fmt.Println(r, ok)
	}()
	fmt.Println(try(func() { panic("not an error") }))
}
