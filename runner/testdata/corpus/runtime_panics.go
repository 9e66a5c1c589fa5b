package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: %v\n", name, r)
		}
	}()
	f()
}

func main() {
	try("send on closed", func() {
		ch := make(chan int, 1)
		close(ch)
		ch <- 1
	})
	try("close closed", func() {
		ch := make(chan int)
		close(ch)
		close(ch)
	})
	try("close nil", func() {
		var ch chan int
		close(ch)
	})
	try("nil map", func() {
		var m map[string]bool
		m["a"] = true
	})
	try("type assert", func() {
		var x any = "hello"
		n := x.(int)
		fmt.Println(n)
	})
	try("nil pointer", func() {
		var p *struct{ X int }
		fmt.Println(p.X)
	})
	try("slice bounds", func() {
		s := []int{1, 2, 3}
		n := 5
		fmt.Println(s[1:n])
	})
	try("custom", func() {
		panic(fmt.Errorf("wrapped %d", 1))
	})
	ch := make(chan int)
	close(ch)
	ch <- 1
}
