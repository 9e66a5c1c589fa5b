package main

import "fmt"

type Sink chan<- string

func main() {
	send := make(chan<- int, 2)
	send <- 1
	send <- 2
	fmt.Println(len(send), cap(send))

	recv := make(<-chan int)
	select {
	case v := <-recv:
		fmt.Println("got", v)
	default:
		fmt.Println("nothing to receive")
	}

	s := make(Sink, 1)
	s <- "hello"
	fmt.Printf("%T %d\n", s, len(s))
}
