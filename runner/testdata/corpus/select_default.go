package main

import (
	"fmt"
	"time"
)

func main() {
	msgs := make(chan string, 1)
	for i := range 4 {
		select {
		case msgs <- fmt.Sprint("msg", i):
			fmt.Println("sent", i)
		default:
			fmt.Println("full, dropped", i)
		}
		if i == 2 {
			fmt.Println("received", <-msgs)
		}
	}
	timeout := time.After(50 * time.Millisecond)
	for {
		select {
		case m := <-msgs:
			fmt.Println("drained", m)
			continue
		case <-timeout:
			fmt.Println("timeout")
		}
		break
	}
}
