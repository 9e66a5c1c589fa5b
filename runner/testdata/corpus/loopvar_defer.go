package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		defer func(n int) { fmt.Println("deferred", n) }(i)
	}
	fmt.Println("main returns")
}
