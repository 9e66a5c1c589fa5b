package runout

import (
	"bytes"
	"regexp"
)

// A program that dies of a runtime error the interpreter cannot intercept (a
// deadlock, concurrent map writes, a panic in code the lowering did not
// reach) ends with the Go runtime's traceback of the worker: the right first
// lines, then frames of the interpreter, reflect and the runtime. CleanTraceback
// keeps what Go prints for the program itself, the "panic: ..." or "fatal
// error: ..." line and each "goroutine N [state]:" header, and drops the
// frames, which name the interpreter, never the program.

// tracebackStart finds the start of a runtime traceback: its first line,
// then a blank line, then a goroutine header.
var tracebackStart = regexp.MustCompile(`(?m)^(?:panic: |fatal error: )[^\n]*\n(?:\[signal [^\n]*\n)?\ngoroutine \d+ \[`)

var goroutineHeader = regexp.MustCompile(`^goroutine \d+ \[[^\]]*\]:$`)

// CleanTraceback returns where the traceback in out starts (len(out) if there
// is none) and the cleaned traceback.
func CleanTraceback(out []byte) (int, []byte) {
	loc := tracebackStart.FindIndex(out)
	if loc == nil {
		return len(out), nil
	}
	start := loc[0]
	var b bytes.Buffer
	lines := bytes.SplitAfter(out[start:], []byte("\n"))
	inHeader := true
	for _, l := range lines {
		t := bytes.TrimRight(l, "\n")
		switch {
		case inHeader:
			// The panic or fatal error lines, up to the blank line.
			if len(t) == 0 {
				inHeader = false
			}
			b.Write(l)
		case goroutineHeader.Match(t):
			if b.Len() > 0 && !bytes.HasSuffix(b.Bytes(), []byte("\n\n")) {
				b.WriteByte('\n')
			}
			b.Write(l)
		}
	}
	return start, b.Bytes()
}
