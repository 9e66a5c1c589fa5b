package check

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"
)

// TextReporter prints outcomes as `go test -v` prints tests: a line per
// failure (and per pass with Verbose), the reasons and diff indented below.
type TextReporter struct {
	W       io.Writer
	Verbose bool
}

// Report prints one outcome.
func (r *TextReporter) Report(o *Outcome) {
	if o.Status == Pass {
		if r.Verbose && o.Cached {
			fmt.Fprintf(r.W, "--- PASS: %s (cached)\n", o.ID)
		} else if r.Verbose {
			fmt.Fprintf(r.W, "--- PASS: %s (%s)\n", o.ID, seconds(o.Elapsed))
		} else if o.Updated != "" {
			fmt.Fprintf(r.W, "--- UPDATED: %s (%s)\n", o.ID, o.Pos)
		}
		r.updated(o)
		return
	}
	if o.Status == Skip {
		if r.Verbose {
			fmt.Fprintf(r.W, "--- SKIP: %s (%s)\n", o.ID, o.Pos)
			for _, p := range o.Problems {
				fmt.Fprintf(r.W, "    %s\n", p)
			}
		}
		return
	}
	fmt.Fprintf(r.W, "--- FAIL: %s (%s) (%s)\n", o.ID, o.Pos, seconds(o.Elapsed))
	for _, p := range o.Problems {
		fmt.Fprintf(r.W, "    %s\n", p)
	}
	if o.Diff != "" {
		indent(r.W, o.Diff)
	}
	if o.Output != "" {
		fmt.Fprintf(r.W, "    output:\n")
		indent(r.W, o.Output)
	}
	r.updated(o)
}

// updated says which transcript -update wrote, and what it could not keep.
func (r *TextReporter) updated(o *Outcome) {
	if o.Updated == "" {
		return
	}
	fmt.Fprintf(r.W, "    wrote %s\n", o.Updated)
	for _, w := range o.Warnings {
		fmt.Fprintf(r.W, "    warning: %s\n", w)
	}
}

// Summary prints the closing lines: FAIL or ok, then the counts.
func (r *TextReporter) Summary(s Summary, elapsed time.Duration) {
	switch {
	case s.Failed > 0:
		fmt.Fprintln(r.W, "FAIL")
	case s.Cached > 0 && s.Cached == s.Passed:
		fmt.Fprintf(r.W, "ok  \tbook\t(cached)\n")
	default:
		fmt.Fprintf(r.W, "ok  \tbook\t%s\n", seconds(elapsed))
	}
	passed := fmt.Sprintf("%d passed", s.Passed)
	if s.Cached > 0 {
		passed += fmt.Sprintf(" (%d cached)", s.Cached)
	}
	if s.Skipped > 0 {
		fmt.Fprintf(r.W, "%s, %d failed, %d skipped\n", passed, s.Failed, s.Skipped)
		return
	}
	fmt.Fprintf(r.W, "%s, %d failed\n", passed, s.Failed)
}

func indent(w io.Writer, s string) {
	for _, l := range strings.Split(strings.TrimRight(s, "\n"), "\n") {
		fmt.Fprintf(w, "        %s\n", l)
	}
}

func seconds(d time.Duration) string { return fmt.Sprintf("%.2fs", d.Seconds()) }

// Event is one line of -json output, shaped like test2json's events.
type Event struct {
	Time    time.Time `json:"Time"`
	Action  string    `json:"Action"` // "pass", "fail" or "summary"
	Program string    `json:"Program,omitempty"`
	Pos     string    `json:"Pos,omitempty"`
	Elapsed float64   `json:"Elapsed"`
	// Problems, Diff and Output are as Outcome has them.
	Problems []string `json:"Problems,omitempty"`
	Diff     string   `json:"Diff,omitempty"`
	Output   string   `json:"Output,omitempty"`
	// Transcript is what the program printed; Writes are its writes, each
	// with its time since the program started (virtual on the virtual
	// clock), for timelines.
	Transcript string       `json:"Transcript,omitempty"`
	Writes     []EventWrite `json:"Writes,omitempty"`
	Updated    string       `json:"Updated,omitempty"`
	Warnings   []string     `json:"Warnings,omitempty"`
	// Cached: a pass from the result cache (the program did not run).
	Cached bool `json:"Cached,omitempty"`
	// Passed, Failed, Skipped and CachedPasses count the outcomes, in the
	// summary event.
	Passed       int `json:"Passed,omitempty"`
	Failed       int `json:"Failed,omitempty"`
	Skipped      int `json:"Skipped,omitempty"`
	CachedPasses int `json:"CachedPasses,omitempty"`
}

// EventWrite is one write of a program: when, and what.
type EventWrite struct {
	At   time.Duration `json:"At"` // nanoseconds since the program started
	Text string        `json:"Text"`
}

// JSONReporter prints one Event per outcome and a summary event.
type JSONReporter struct {
	W io.Writer
}

func (r *JSONReporter) Report(o *Outcome) {
	e := Event{Time: time.Now(), Action: string(o.Status), Program: o.ID, Pos: o.Pos, Elapsed: o.Elapsed.Seconds(),
		Problems: o.Problems, Diff: o.Diff, Output: o.Output, Updated: o.Updated, Warnings: o.Warnings, Cached: o.Cached}
	if o.Result != nil {
		e.Transcript = o.Result.Transcript()
		for _, w := range o.Result.Writes {
			e.Writes = append(e.Writes, EventWrite{At: w.At, Text: string(w.Data)})
		}
	}
	r.write(e)
}

func (r *JSONReporter) Summary(s Summary, elapsed time.Duration) {
	r.write(Event{Time: time.Now(), Action: "summary", Elapsed: elapsed.Seconds(), Passed: s.Passed, Failed: s.Failed, Skipped: s.Skipped, CachedPasses: s.Cached})
}

func (r *JSONReporter) write(e Event) {
	b, _ := json.Marshal(e)
	r.W.Write(append(b, '\n'))
}
