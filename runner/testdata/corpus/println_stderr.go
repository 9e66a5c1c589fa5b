package main

import "fmt"

func main() {
	fmt.Println("to stdout")
	println("to stderr", 42, true, 2.5)
	print("no", "spaces", 1, "\n")
	var err error
	println("nil error:", err == nil)
	fmt.Println("done")
}
