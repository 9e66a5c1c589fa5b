package main

import (
	"fmt"
	"sync"
)

func safeGet(s []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return s[i], nil
}

func main() {
	s := []int{1, 2, 3}
	fmt.Println(safeGet(s, 1))
	fmt.Println(safeGet(s, 5))
	var m map[string]int
	func() {
		defer func() { fmt.Println("r:", recover()) }()
		m["x"] = 1
	}()
	func() {
		defer func() {
			r := recover()
			if e, ok := r.(error); ok {
				fmt.Println("error:", e.Error())
			}
		}()
		var a any = "str"
		_ = a.(int)
	}()
	func() {
		defer func() { fmt.Println("r:", recover()) }()
		x := 0
		fmt.Println(10 / x)
	}()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		// Done is never reached: with defer wg.Done(), Done would run as
		// the panic unwinds, and main could return (exit 0) before the
		// panic is printed, which Go allows.
		arr := []string{"a"}
		idx := 3
		fmt.Println(arr[idx])
		wg.Done()
	}()
	wg.Wait()
}
