package main

import (
	"fmt"
	"runtime"
)

type point struct{ x, y int }

func deref(p *int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			re, ok := r.(runtime.Error)
			err = fmt.Errorf("recovered (runtime.Error %v): %v", ok, re)
		}
	}()
	return *p, nil
}

func main() {
	x := 7
	fmt.Println(deref(&x))
	fmt.Println(deref(nil))
	var pt *point
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(*pt)
	}()
}
