package main

import (
	"os"
)

func main() {
	os.Exit(runnerMain(os.Args[1:], os.Stdout, os.Stderr))
}
