package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("to stdout 1")
	fmt.Fprintln(os.Stderr, "to stderr 2")
	fmt.Println("to stdout 3")
	fmt.Fprintln(os.Stderr, "to stderr 4")
	os.Exit(3)
}
