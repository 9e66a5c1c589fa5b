// A panic raised by a deferred call over another prints the chain, as Go
// does: the earlier panic first (marked [recovered] if recover stopped
// it in that call), then the last one. main waits for nothing but the
// crash: a deferred wg.Done in the panicking goroutine would let main
// return, and exit 0, before the runtime prints the panic (a race in Go
// itself, which made this program flaky).
package main

import "fmt"

func nested() {
	defer func() {
		fmt.Println("outer recovered:", recover())
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

func main() {
	nested()
	go func() {
		defer func() {
			if r := recover(); r != nil {
				panic(fmt.Sprintf("wrapped %v", r))
			}
		}()
		var m map[string]int
		m["x"] = 1
	}()
	select {} // the goroutine's panic ends the program
}
