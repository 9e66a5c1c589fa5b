package main

import (
	"fmt"
	"time"
)

func work(d time.Duration) <-chan string {
	ch := make(chan string, 1)
	go func() {
		time.Sleep(d)
		ch <- fmt.Sprint("done in ", d)
	}()
	return ch
}

func main() {
	for _, d := range []time.Duration{50 * time.Millisecond, 300 * time.Millisecond} {
		select {
		case r := <-work(d):
			fmt.Println(r)
		case <-time.After(100 * time.Millisecond):
			fmt.Println("timeout waiting", d)
		}
	}
}
