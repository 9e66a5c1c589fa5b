package gotests

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/concbook/concurrency/internal/engine"
	"github.com/concbook/concurrency/internal/runout"
)

// Verdict is how the runner did on one program.
type Verdict int

const (
	// Pass: it exited 0 and printed what Go printed.
	Pass Verdict = iota
	// Refused: it declined at compile time with a positioned message.
	Refused
	// Wrong: it printed something else, exited otherwise, crashed or hung.
	Wrong
	// Known: it differs for a reason listed in known.txt.
	Known
	// Skipped: real Go does not run the program here; it is not counted.
	Skipped
)

func (v Verdict) String() string {
	return [...]string{"pass", "refused", "wrong", "known", "skipped"}[v]
}

// Outcome is the verdict on one program and its one-line reason.
type Outcome struct {
	Program Program
	Verdict Verdict
	Reason  string
}

// judge compares the runner's result on p (res, or the error err) with
// Go's baseline.
func judge(p Program, base Baseline, res *engine.Result, err error) Outcome {
	o := Outcome{Program: p}
	if !base.Runs(p) {
		o.Verdict, o.Reason = Skipped, "real Go does not run it here: "+firstLine(base.CompileError+base.Transcript)
		return o
	}
	var ce *engine.CompileError
	switch {
	case errors.As(err, &ce):
		o.Verdict, o.Reason = Refused, firstLine(ce.Msg)
		if crashedCompiling(ce.Msg) {
			o.Verdict = Wrong
		}
	case err != nil:
		o.Verdict, o.Reason = Wrong, "runner: "+firstLine(err.Error())
	case withoutFrames(res.Transcript()) == withoutFrames(base.Transcript):
		o.Verdict = Pass
	default:
		o.Verdict, o.Reason = Wrong, difference(withoutFrames(base.Transcript), withoutFrames(res.Transcript()))
	}
	return o
}

// withoutFrames is a transcript with the frames of its traceback left out,
// which differ between compiled Go and the runner in their arguments and
// program counters (and baselines cached before the runner printed frames
// have none): the traceback's first lines and goroutine headers stay.
func withoutFrames(transcript string) string {
	body, last := transcript, ""
	if i := strings.LastIndex(strings.TrimSuffix(transcript, "\n"), "\n"); i >= 0 {
		body, last = transcript[:i+1], transcript[i+1:]
	}
	start, tb := runout.CleanTraceback([]byte(body), "")
	if start == len(body) {
		return transcript
	}
	return body[:start] + string(tb) + last
}

// crashedCompiling reports whether a compile error is the interpreter
// failing on a valid program rather than refusing it. The message's
// file:line:col is left out of the search: a program named
// devirtualization_nil_panics.go is no panic.
func crashedCompiling(msg string) bool {
	if m := positionPrefix.FindString(msg); m != "" {
		msg = msg[len(m):]
	}
	return strings.Contains(msg, "interpreter failed to compile") || strings.Contains(msg, "panic")
}

// positionPrefix matches the file:line:col: that starts a positioned message.
var positionPrefix = regexp.MustCompile(`^\S+?:\d+:\d+: `)

// difference says in one line where got departs from want.
func difference(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d: got %q, want %q", i+1, clip(g), clip(w))
		}
	}
	return "output differs"
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return clip(s)
}

func clip(s string) string {
	if len(s) > 120 {
		return s[:117] + "..."
	}
	return s
}
