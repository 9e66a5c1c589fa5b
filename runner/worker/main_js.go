//go:build js

package main

import (
	"fmt"
	"os"
	"syscall/js"
)

// The worker compiled to js/wasm is the in-page runner (play/worker.js
// drives it). One binary, two modes, chosen by its first argument:
//
//   - "serve" stays alive and lends the page its Go: concbook.prepare
//     type-checks and lowers a program (page.go), concbook.verdict judges
//     what a run printed against the program's transcript (verdict.go).
//     It keeps the imported packages between programs.
//   - "run" interprets the lowered program in globalThis.concbookProgram,
//     as the native worker does, and exits with its status. It is built
//     with -tags faketime and a patched runtime (internal/playbuild), so
//     sleeps take no time and writes to fd 1 and 2 are framed with their
//     virtual time, which worker.js decodes.
func main() {
	mode := ""
	if len(os.Args) > 1 {
		mode = os.Args[1]
	}
	switch mode {
	case "run":
		src := js.Global().Get("concbookProgram")
		if src.Type() != js.TypeString {
			fmt.Fprintln(os.Stderr, "worker: globalThis.concbookProgram is not set")
			os.Exit(1)
		}
		os.Exit(interpret([]byte(src.String()), os.Args[2:], &status{}))
	case "serve":
		serve()
	default:
		fmt.Fprintf(os.Stderr, "worker: unknown mode %q (want run or serve)\n", mode)
		os.Exit(2)
	}
}
