package main

import (
	"fmt"
	"time"
)

func worker(id int, done chan<- int) {
	if id == 2 {
		panic(fmt.Sprintf("worker %d: out of range", id))
	}
	time.Sleep(100 * time.Millisecond)
	done <- id
}

func main() {
	done := make(chan int)
	for id := range 3 {
		go worker(id, done)
	}
	for range 3 {
		fmt.Println("done", <-done)
	}
}
