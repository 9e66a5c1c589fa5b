package main

import "fmt"

type Pair[K comparable, V any] struct {
	k K
	v V
}

func (p Pair[_, _]) String() string { return "pair" }

func (p *Pair[K, _]) Key() K { return p.k }

func main() {
	c := make(chan int)
	var r <-chan int = c
	var s chan<- int = c
	fmt.Println(c == r, s == c, r != nil)
	p := &Pair[string, int]{"a", 1}
	fmt.Println(p.String(), p.Key())
}
