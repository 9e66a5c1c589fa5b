package main

import (
	"errors"
	"fmt"
)

func counter() (n int) {
	defer func() { n *= 2 }()
	n = 3
	return n + 1
}

func cleanup(name string) func() {
	fmt.Println("setup", name)
	return func() { fmt.Println("cleanup", name) }
}

func process() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("process: %w", err)
		}
	}()
	return errors.New("disk full")
}

func main() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println(counter())
	defer cleanup("db")()
	x := 10
	defer fmt.Println("x at defer time:", x)
	x = 20
	fmt.Println(process())
	func() {
		defer fmt.Println("inner defer 1")
		defer fmt.Println("inner defer 2")
		fmt.Println("inner body")
	}()
	fmt.Println("main body end", x)
}
