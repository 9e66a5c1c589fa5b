// debug.Stack and debug.PrintStack show the calling goroutine, with the
// library's frames around the program's: runtime/debug's own on top, and
// sort's between a less function and the function that called sort.Slice.
package main

import (
	"fmt"
	"os"
	"runtime/debug"
	"sort"
	"strings"
)

type tracer struct{ name string }

func (t tracer) trace() []byte {
	return debug.Stack()
}

func main() {
	xs := []int{3, 1, 2}
	var inLess []byte
	sort.Slice(xs, func(i, j int) bool {
		if inLess == nil {
			inLess = debug.Stack()
		}
		return xs[i] < xs[j]
	})
	// The functions of the program and sort.Slice, without arguments:
	// sort's internal functions vary.
	for line := range strings.Lines(string(inLess)) {
		if strings.HasPrefix(line, "sort.Slice(") || strings.HasPrefix(line, "main.") {
			function, _, _ := strings.Cut(line, "(")
			fmt.Println(function)
		}
	}

	fmt.Printf("%s\n", tracer{"t"}.trace())

	func() {
		os.Stderr.Sync()
		debug.PrintStack()
	}()
}
