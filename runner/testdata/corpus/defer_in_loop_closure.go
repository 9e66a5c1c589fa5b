package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	out := make([]string, 3)
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { out[i] = fmt.Sprint("done ", i) }()
		}()
	}
	wg.Wait()
	for i := range 3 {
		func() {
			defer func() { fmt.Println("inner defer", i, out[i]) }()
		}()
	}
}
