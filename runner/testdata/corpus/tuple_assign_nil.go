package main

import "fmt"

func main() {
	b := []int{1}
	c := make(chan int)
	var m map[string]int = map[string]int{}
	b, c = nil, nil
	fmt.Println(b == nil, c == nil)
	b, m = nil, nil
	fmt.Println(b == nil, m == nil)
	var e error = fmt.Errorf("x")
	var p *int = new(int)
	e, p = nil, nil
	fmt.Println(e == nil, p == nil)
}
