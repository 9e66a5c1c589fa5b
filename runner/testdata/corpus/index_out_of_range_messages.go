package main

import "fmt"

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	fields := []string{"a"}
	s := "abc"
	func() {
		defer func() { fmt.Println("string:", recover()) }()
		i := 5
		_ = s[i]
	}()
	var arr [3]int
	func() {
		defer func() { fmt.Println("array:", recover()) }()
		j := -1
		if arr[j+0] == 0 {
		}
	}()
	for i := 0; fields[i] != ""; i++ {
	}
}
