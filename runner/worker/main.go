//go:build !js

package main

import (
	"os"
)

func main() {
	restoreGODEBUG()
	os.Exit(run(os.Args[1:]))
}
