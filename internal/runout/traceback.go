package runout

import (
	"bytes"
	"regexp"
	"sync"
)

// A program that dies of a panic or a runtime error ends with a traceback:
// the "panic: ..." or "fatal error: ..." lines, then each goroutine's
// header, "goroutine N [state]:", and its frames, two lines each, the
// function and its file:line:
//
//	main.work(...)
//		/src/prog.go:10
//	created by main.main in goroutine 1
//		/src/prog.go:16 +0x3d
//
// The worker prints the program's frames itself (runner/worker/crash.go);
// a runtime error it cannot intercept (a deadlock, concurrent map writes)
// ends with the Go runtime's traceback of the worker, whose frames are the
// interpreter's, reflect's and the runtime's; a compiled program's
// traceback has the standard library's too. CleanTraceback keeps the
// first lines, each goroutine's header and the frames in the program's own
// file, and drops the others, which never name the program.

// tracebackStart finds the start of a runtime traceback: its first line,
// then a blank line, then a goroutine header.
var tracebackStart = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?m)^(?:panic: |fatal error: )[^\n]*\n(?:\[signal [^\n]*\n)?\ngoroutine \d+ \[`)
})

var goroutineHeader = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^goroutine \d+ \[[^\]]*\]:$`) })

// CleanTraceback returns where the traceback in out starts (len(out) if there
// is none) and the cleaned traceback: the frames kept are those whose
// file:line line names file, the program's file as its frames name it (""
// keeps none).
func CleanTraceback(out []byte, file string) (int, []byte) {
	loc := tracebackStart().FindIndex(out)
	if loc == nil {
		return len(out), nil
	}
	start := loc[0]
	var b bytes.Buffer
	lines := bytes.SplitAfter(out[start:], []byte("\n"))
	inHeader := true
	var fn []byte // a frame's function line, waiting for its file line
	inFile := []byte("\t" + file + ":")
	for _, l := range lines {
		t := bytes.TrimRight(l, "\n")
		switch {
		case inHeader:
			// The panic or fatal error lines, up to the blank line.
			if len(t) == 0 {
				inHeader = false
			}
			b.Write(l)
		case goroutineHeader().Match(t):
			if b.Len() > 0 && !bytes.HasSuffix(b.Bytes(), []byte("\n\n")) {
				b.WriteByte('\n')
			}
			b.Write(l)
			fn = nil
		case len(t) == 0:
			fn = nil
		case t[0] == '\t':
			if fn != nil && file != "" && bytes.HasPrefix(t, inFile) {
				b.Write(fn)
				b.Write(t)
				b.WriteByte('\n')
			}
			fn = nil
		default:
			fn = append(append(fn[:0], t...), '\n')
		}
	}
	return start, b.Bytes()
}
