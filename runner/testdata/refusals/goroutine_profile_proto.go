// The goroutine profile in the protocol buffer format (debug 0) would hold
// the interpreter's stacks.
package main

import (
	"bytes"
	"fmt"
	"runtime/pprof"
)

func main() {
	var buf bytes.Buffer
	pprof.Lookup("goroutine").WriteTo(&buf, 0)
	fmt.Println(buf.Len() > 0)
}
