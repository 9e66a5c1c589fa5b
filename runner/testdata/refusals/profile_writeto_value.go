// WriteTo of a profile as a method value: the runner writes the program's
// goroutine profile only where WriteTo is called.
package main

import (
	"os"
	"runtime/pprof"
)

func main() {
	write := pprof.Lookup("goroutine").WriteTo
	write(os.Stdout, 1)
}
