// Command testsummary runs go test and prints what go test prints, then
// names the tests that were skipped, and ends on a summary line:
//
//	go build -o /tmp/testsummary ./scripts/testsummary && /tmp/testsummary ./...
//
// It runs `go test -json` with its arguments and prints, from the events:
// the package lines (ok, FAIL, ? ... [no test files]), build errors, and
// each failed test's output in full, as go test without -v does; then a
// line "--- SKIP: TestX (package): reason" for every skipped test, and
// "ok: ..." or "FAIL: ..." with the counts. It exits with go test's status
// (1 if go test exited 0 but a test failed). `make test` runs it.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
)

func main() {
	os.Exit(run(os.Args[1:], "", os.Stdout, os.Stderr))
}

// run runs go test -json args in dir ("": the current folder) and
// summarizes its events on stdout.
func run(args []string, dir string, stdout, stderr io.Writer) int {
	cmd := exec.Command("go", append([]string{"test", "-json"}, args...)...)
	cmd.Dir = dir
	cmd.Stderr = stderr
	events, err := cmd.StdoutPipe()
	if err != nil {
		fmt.Fprintln(stderr, "testsummary:", err)
		return 1
	}
	if err := cmd.Start(); err != nil {
		fmt.Fprintln(stderr, "testsummary:", err)
		return 1
	}
	s := newSummary(stdout)
	readErr := s.read(events)
	err = cmd.Wait()
	if readErr != nil {
		fmt.Fprintln(stderr, "testsummary:", readErr)
	}
	failed := s.finish()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		return exit.ExitCode()
	case err != nil:
		fmt.Fprintln(stderr, "testsummary: go test:", err)
		return 1
	case failed || readErr != nil:
		return 1
	}
	return 0
}

// event is one line of go test -json (cmd/test2json's TestEvent, with the
// build events' ImportPath).
type event struct {
	Action     string
	Package    string
	ImportPath string
	Test       string
	Output     string
}

// summary follows the events of a go test run.
type summary struct {
	w io.Writer
	// output buffers each running test's lines, by package and test.
	output map[string][]line
	skips  []string
	// counts
	passed, failed, skipped int
	packages, failedPkgs    int
}

// line is a line of a test's output.
type line struct {
	test, text string
}

func newSummary(w io.Writer) *summary {
	return &summary{w: w, output: map[string][]line{}}
}

// read follows the events until the end of r.
func (s *summary) read(r io.Reader) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	for sc.Scan() {
		var e event
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil || e.Action == "" {
			fmt.Fprintln(s.w, sc.Text()) // not an event: go test's own words
			continue
		}
		s.event(e)
	}
	return sc.Err()
}

func (s *summary) event(e event) {
	switch {
	case e.Action == "build-output":
		io.WriteString(s.w, e.Output)
	case e.Test == "":
		s.packageEvent(e)
	case e.Action == "output":
		s.output[e.Package] = append(s.output[e.Package], line{e.Test, e.Output})
	case e.Action == "pass":
		s.passed++
		s.done(e, false)
	case e.Action == "skip":
		s.skipped++
		s.skips = append(s.skips, fmt.Sprintf("--- SKIP: %s (%s)%s", e.Test, e.Package, s.reason(e)))
		s.done(e, false)
	case e.Action == "fail":
		s.failed++
		s.done(e, !strings.Contains(e.Test, "/"))
	}
}

// packageEvent prints a package's own lines, as go test does without -v.
func (s *summary) packageEvent(e event) {
	switch e.Action {
	case "output":
		if e.Output != "PASS\n" {
			io.WriteString(s.w, e.Output)
		}
	case "pass", "skip":
		s.packages++
		delete(s.output, e.Package)
	case "fail":
		s.packages++
		s.failedPkgs++
		// Tests that never ended (the binary crashed or timed out).
		s.print(s.output[e.Package], func(string) bool { return true })
		delete(s.output, e.Package)
	}
}

// reason is what a skipped test said, on one line.
func (s *summary) reason(e event) string {
	var words []string
	for _, l := range s.output[e.Package] {
		if l.test == e.Test && !marker(l.text) {
			words = append(words, strings.TrimSpace(l.text))
		}
	}
	if len(words) == 0 {
		return ""
	}
	return ": " + strings.Join(words, " ")
}

// done ends a test: a failed top-level test prints its output and its
// failed subtests' output; the lines of the test and its subtests are
// dropped.
func (s *summary) done(e event, printFailed bool) {
	lines := s.output[e.Package]
	mine := func(test string) bool { return test == e.Test || strings.HasPrefix(test, e.Test+"/") }
	if printFailed {
		s.print(lines, mine)
	}
	if strings.Contains(e.Test, "/") {
		return // the parent prints it, or drops it
	}
	kept := lines[:0]
	for _, l := range lines {
		if !mine(l.test) {
			kept = append(kept, l)
		}
	}
	s.output[e.Package] = kept
}

// print writes the lines of the tests chosen, but for the === markers and
// the lines of subtests that passed.
func (s *summary) print(lines []line, chosen func(string) bool) {
	passed := map[string]bool{}
	for _, l := range lines {
		if strings.HasPrefix(strings.TrimSpace(l.text), "--- PASS: ") || strings.HasPrefix(strings.TrimSpace(l.text), "--- SKIP: ") {
			passed[l.test] = true
		}
	}
	for _, l := range lines {
		if chosen(l.test) && !marker(l.text) && !passed[l.test] {
			io.WriteString(s.w, l.text)
		}
	}
}

// marker reports the lines test2json's -v adds: === RUN, PAUSE, CONT, NAME.
func marker(text string) bool {
	t := strings.TrimSpace(text)
	return strings.HasPrefix(t, "=== ") || strings.HasPrefix(t, "--- SKIP: ")
}

// finish prints the skipped tests and the summary line, and reports
// whether anything failed.
func (s *summary) finish() bool {
	if len(s.skips) > 0 {
		fmt.Fprintf(s.w, "\n%d skipped:\n", len(s.skips))
		for _, l := range s.skips {
			fmt.Fprintln(s.w, l)
		}
	}
	counts := fmt.Sprintf("%d passed, %d failed, %d skipped, in %d packages", s.passed, s.failed, s.skipped, s.packages)
	if s.failed > 0 || s.failedPkgs > 0 {
		fmt.Fprintf(s.w, "FAIL: %s; %d packages failed\n", counts, s.failedPkgs)
		return true
	}
	fmt.Fprintf(s.w, "ok: %s\n", counts)
	return false
}
