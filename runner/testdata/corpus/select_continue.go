package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		for i := range 6 {
			ch <- i
		}
		close(ch)
	}()
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				fmt.Println("closed")
				return
			}
			if v%2 == 0 {
				continue
			}
			fmt.Println("odd", v)
		}
	}
}
