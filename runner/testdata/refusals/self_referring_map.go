package main

import "fmt"

// A map that contains itself: reflect lays a map out by its element type,
// which the interpreter cannot put in after the map type exists.
type Tree map[string]Tree

func main() {
	t := Tree{"a": Tree{}}
	fmt.Println(len(t), len(t["a"]))
}
