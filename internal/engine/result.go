package engine

import (
	"bytes"
	"time"

	"github.com/concbook/concurrency/internal/runout"
)

// Result is what one run printed and how it ended.
type Result struct {
	// Writes are the program's writes to stdout and stderr, merged in the
	// order they were written, each with its time; the traceback of a crash
	// is one cleaned write.
	Writes []Write
	// ExitCode is the program's exit status; -1 when a limit or a signal
	// ended it.
	ExitCode int
	// Signal names the signal that killed the program, if one did and the
	// runner did not send it.
	Signal string
	// Limit is the limit the run went past, if any.
	Limit Limit
	// Limits are the limits the run had.
	Limits Limits
	// Elapsed is the run's wall time.
	Elapsed time.Duration
	// Virtual is the virtual time of the last write (virtual clock only).
	Virtual time.Duration
	// Trace is the execution trace of a traced run (Request.Trace); empty
	// when the program ended in a way that lost it.
	Trace []byte
}

// Output is everything the program printed.
func (r *Result) Output() []byte {
	var b bytes.Buffer
	for _, w := range r.Writes {
		b.Write(w.Data)
	}
	return b.Bytes()
}

// Transcript is what a terminal shows for `go run`: the output, then a line
// "exit status N" for a non-zero exit, or the runner's line saying which
// limit stopped the program.
func (r *Result) Transcript() string {
	end := ""
	switch {
	case r.Limit != WithinLimits:
		end = r.Limit.message(r.Limits)
	case r.Signal != "":
		end = "signal: " + r.Signal
	default:
		end = runout.ExitLine(r.ExitCode)
	}
	return runout.Transcript(r.Output(), end)
}

// Passed reports whether the program exited with status 0 within its limits.
func (r *Result) Passed() bool {
	return r.Limit == WithinLimits && r.Signal == "" && r.ExitCode == 0
}
