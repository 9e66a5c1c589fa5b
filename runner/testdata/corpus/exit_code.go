package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred calls do not run on os.Exit")
	fmt.Println("checking")
	fmt.Fprintln(os.Stderr, "error: config missing")
	os.Exit(3)
}
