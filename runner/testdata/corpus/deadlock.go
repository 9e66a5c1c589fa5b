package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	results := make(chan int)
	mu.Lock()
	go func() {
		mu.Lock()
		results <- 1
	}()
	fmt.Println("waiting")
	<-results
}
