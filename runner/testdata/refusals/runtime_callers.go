// runtime.Callers reports the interpreter's frames, not the program's:
// refused rather than run with lines and names Go would not give.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	pcs := make([]uintptr, 10)
	n := runtime.Callers(1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	f, _ := frames.Next()
	fmt.Println(f.Function)
}
