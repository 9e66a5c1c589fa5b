package main

import "fmt"

type node struct{ next *node }

type list *node

func main() {
	var l list = &node{}
	var x any = l
	_, ok := x.(*node)
	fmt.Println(ok)
}
