//go:build !js

package main

import (
	"os"
)

func main() {
	execRealClockChild()
	os.Exit(run(os.Args[1:]))
}
