// A panic raised by a deferred call over another prints the chain, as Go
// does: the earlier panic first (marked [recovered] if recover stopped
// it in that call), then the last one.
package main

import (
	"fmt"
	"sync"
)

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
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				panic(fmt.Sprintf("wrapped %v", r))
			}
		}()
		var m map[string]int
		m["x"] = 1
	}()
	wg.Wait()
}
