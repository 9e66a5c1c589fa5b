package check

import (
	"time"

	"github.com/concbook/concurrency/internal/book"
	"github.com/concbook/concurrency/internal/engine"
)

// Status is how a program's check ended.
type Status string

const (
	Pass Status = "pass"
	Fail Status = "fail"
	// Skip: no engine of the check runs the program (engine= on its
	// fence names another); Problems says why.
	Skip Status = "skip"
)

// Outcome is the check of one program, or of one orphan transcript.
type Outcome struct {
	// ID is "chapter/program"; Pos is where it is defined,
	// "chapters/x.md:LINE", or the transcript's path for an orphan.
	ID, Pos string
	Status  Status
	// Problems are the reasons of a failure, each a line that starts with
	// its position.
	Problems []string
	// Diff shows the transcript against what the output needs, for a
	// mismatch.
	Diff string
	// Output is what the program printed (for a program without a
	// transcript); a long one is abridged to its first and last lines.
	Output string
	// Updated names the transcript -update wrote; Warnings say what -update
	// could not keep in it as it was (a block it had to change), each
	// starting with the transcript's file:line.
	Updated  string
	Warnings []string
	// Cached: the outcome is a pass remembered by the result cache; the
	// program did not run. Elapsed and Result are the remembered run's.
	Cached  bool
	Elapsed time.Duration
	// Result is the run, when the program ran.
	Result  *engine.Result `json:"-"`
	Program *book.Program  `json:"-"`
}

func (o *Outcome) fail(format string, args ...any) {
	o.Status = Fail
	o.Problems = append(o.Problems, sprintf(format, args...))
}
