// A recover handler that prints the stack: Go's shows the runtime's panic
// frame and the frames the panic is unwinding, which the interpreter does
// not have.
package main

import (
	"fmt"
	"runtime/debug"
)

func work() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			debug.PrintStack()
		}
	}()
	panic("boom")
}

func main() {
	work()
}
