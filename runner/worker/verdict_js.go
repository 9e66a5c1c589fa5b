//go:build js

package main

import (
	"regexp"
	"sync"

	"github.com/concbook/concurrency/internal/runout"
	"github.com/concbook/concurrency/internal/transcript"
)

// The page's verdict on a run (page_js.go): what the program printed,
// cleaned and ended as `make check` sees it (internal/runout), matched
// against its transcript by the same matcher, the difference in the same
// words.

// outputLimit is the page's output limit, the command line's default
// (internal/engine's DefaultOutput).
const outputLimit = 1 << 20

// verdict is the judgement of one run.
type verdict struct {
	// Verdict is "match", "mismatch", or "none" without a transcript.
	Verdict string
	// Report is the first difference, as `runner check` words it; empty
	// on a match.
	Report string
	// Output is the run as a terminal shows it: the output with a runtime
	// traceback cleaned of the interpreter's frames, then the line that
	// says how it ended.
	Output string
}

// judge judges a run that printed out and exited with code (or went past
// the output limit, capped; or died of the signal named signal, such as
// "terminated": signals_js.go) against the transcript text of the program
// name ("chapter/program"; empty text: no transcript).
func judge(out []byte, code int, capped bool, text, name, signal string) verdict {
	out = dropEventGoroutine(out)
	if start, tb := runout.CleanTraceback(out, pageFile); start < len(out) {
		out = append(out[:start:start], tb...)
	}
	end := runout.ExitLine(code)
	switch {
	case capped:
		end = runout.OutputCapped(outputLimit)
	case signal != "":
		end = "signal: " + signal // as go run, and the command line, say it
	}
	v := verdict{Verdict: "none", Output: runout.Transcript(out, end)}
	if text == "" {
		return v
	}
	if name == "" {
		name = "program"
	}
	t, err := transcript.Parse("expected/"+name+".txt", []byte(text))
	if err == nil {
		err = t.Match(v.Output)
	}
	if err != nil {
		v.Verdict, v.Report = "mismatch", err.Error()
		return v
	}
	v.Verdict = "match"
	return v
}

// eventGoroutine is the goroutine the page adds to a deadlock: worker.js
// resumes the stuck Go instance with event 0, which syscall/js's handler
// takes as "deadlock" and blocks in select {} (see play/worker.js), so the
// runtime's report has one goroutine more than the command line's.
var eventGoroutine = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?m)^goroutine \d+ \[select \(no cases\)\]:\nsyscall/js\.handleEvent\(\)\n[^\n]*\n\n?`)
})

// dropEventGoroutine removes the page's event goroutine from a runtime
// traceback in out.
func dropEventGoroutine(out []byte) []byte {
	return eventGoroutine().ReplaceAll(out, nil)
}
