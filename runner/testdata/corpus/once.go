package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { fmt.Println("initialised") })
			_ = i
		}()
	}
	wg.Wait()
	greet := sync.OnceFunc(func() { fmt.Println("hello once") })
	greet()
	greet()
}
