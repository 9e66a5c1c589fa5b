package main

import (
	"errors"
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	fmt.Println("starting")
	for i := range 3 {
		wg.Go(func() {
			if i == 1 {
				panic(errors.New("task 1 failed"))
			}
		})
		wg.Wait()
	}
}
