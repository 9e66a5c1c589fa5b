package main

import "fmt"

func main() {
	ch := make(chan int, 5)
	for i := range 5 {
		ch <- i
	}
	close(ch)
	for i := 0; i < 5; i++ {
		select {
		case v := <-ch:
			if v == 2 {
				break // leaves the select, not the loop
			}
			fmt.Println("got", v)
		}
		fmt.Println("after select", i)
	}
}
