package main

import (
	"fmt"
	"runtime"
)

// A call of runtime.Caller whose results are thrown away reports
// nothing, so the runner lets it through (test/typeparam/issue58513.go
// checks that unwinding the stack ends).
func main() {
	for i := range 3 {
		func() {
			defer func() {
				r := recover()
				runtime.Caller(1000)
				fmt.Println("recovered", r)
			}()
			panic(i)
		}()
	}
}
