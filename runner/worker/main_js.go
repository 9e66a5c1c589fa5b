//go:build js

package main

import (
	"fmt"
	"os"
	"runtime/debug"
	"syscall/js"
)

// The worker compiled to js/wasm is the in-page runner (play/worker.js
// drives it). One binary, two modes, chosen by its first argument:
//
//   - "serve" stays alive and lends the page its Go: concbook.prepare
//     type-checks and lowers a program (page.go), concbook.verdict judges
//     what a run printed against the program's transcript (verdict.go).
//     It keeps the imported packages between programs.
//   - "run" interprets a lowered program, as the native worker does, and
//     exits with its status. The instance sets globalThis.concbookStart and
//     waits for the page to call it with the program (and true for a test
//     program, whose Test functions it runs as go test -v does), so that
//     the page can start an instance (its runtime and packages initialised)
//     before the reader clicks Run. It is built with -tags faketime and a patched
//     runtime (internal/playbuild), so sleeps take no time and writes to fd
//     1 and 2 are framed with their virtual time, which worker.js decodes.
func main() {
	mode := ""
	if len(os.Args) > 1 {
		mode = os.Args[1]
	}
	switch mode {
	case "run":
		restoreGODEBUG()
		src, test, raw := awaitProgram()
		prog := []byte(src.String())
		if raw {
			// The worker's first run: no service instance has started
			// yet, and starting one before the program would delay its
			// output, so this instance type-checks and lowers the program
			// itself and reports how that went in concbookPrepared,
			// with prepareJS's fields ({} when the program runs).
			// The type checker's garbage is left to the program's first
			// collection: collecting while it works, as this instance's
			// collector stops the world (gcdebug.go), costs more.
			gc := debug.SetGCPercent(-1)
			prepared := prepareJS(string(prog), test)
			debug.SetGCPercent(gc)
			js.Global().Set("concbookPrepared", prepared)
			out := prepared.(js.Value).Get("source")
			if out.Type() != js.TypeString {
				os.Exit(1)
			}
			js.Global().Set("concbookPrepared", js.ValueOf(map[string]any{}))
			prog = []byte(out.String())
		}
		// The interpreter is made for the program: it is given only the
		// packages the program imports, which is quicker than making
		// one with all of them ahead of the program (imports.go).
		in, err := newInterpreter(append([]string{os.Args[0]}, os.Args[2:]...), prog)
		if err != nil {
			fmt.Fprintf(os.Stderr, "worker: %v\n", err)
			os.Exit(1)
		}
		in.test = test // the worker's test mode (testmode.go)
		os.Exit(in.run(prog, &status{}))
	case "serve":
		serve()
	default:
		fmt.Fprintf(os.Stderr, "worker: unknown mode %q (want run or serve)\n", mode)
		os.Exit(2)
	}
}

// awaitProgram sets globalThis.concbookStart and returns the program it is
// called with, whether it is a test program, and whether it is the
// program as the reader wrote it (raw), to be type-checked and lowered
// here, rather than as the service instance lowered it. The program then
// runs while the call is in progress: the call returns when the program
// has exited, or is deadlocked (the patched runtime moves the fake clock
// while a returned call waits for Go to go idle).
func awaitProgram() (src js.Value, test, raw bool) {
	type call struct {
		src       js.Value
		test, raw bool
	}
	ch := make(chan call, 1)
	var start js.Func
	start = js.FuncOf(func(_ js.Value, args []js.Value) any {
		js.Global().Delete("concbookStart")
		start.Release()
		ch <- call{args[0], len(args) > 1 && args[1].Truthy(), len(args) > 2 && args[2].Truthy()}
		return nil
	})
	js.Global().Set("concbookStart", start)
	c := <-ch
	return c.src, c.test, c.raw
}
