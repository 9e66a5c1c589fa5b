package main

import (
	"fmt"
	"sync"
)

// A panic with a value of a named basic type prints main.T(v), as the
// runtime does, from the main goroutine or another, re-panicked or not.
type Code int

type Msg string

type Temp float64

func main() {
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		panic(Code(3))
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%v %T\n", r, r)
		}()
		panic(Msg("hi"))
	}()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer func() {
			r := recover()
			fmt.Println("worker recovered", r)
			panic(r)
		}()
		panic(Temp(-1.5))
	}()
	wg.Wait()
}
