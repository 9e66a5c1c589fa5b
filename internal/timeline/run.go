package timeline

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"regexp"

	"github.com/concbook/concurrency/internal/engine"
)

// Run runs a program traced under the Go engine e and returns its Timeline
// and the result of its untraced run, which is what the program prints.
//
// The program runs twice. The first run, untraced, is the program's run:
// what it prints and how it ends. A program that exits 0 returns from main
// or calls os.Exit, where the traced run writes its trace. One that does not
// (a deadlock, a panic in another goroutine) may never get there, and while
// the tracer runs the runtime cannot see a deadlock: the traced run stops
// its trace just after the virtual time the first run ended at (see
// internal/engine/trace.go).
//
// The traced run must print what the first printed, or there is no
// timeline: it would be a different run's. The one difference allowed is
// the goroutine numbers in the runtime's own messages ("goroutine 9
// [running]:"), because the tracer's two goroutines take numbers before the
// program's goroutines do.
func Run(ctx context.Context, e *engine.Engine, req engine.Request) (*Timeline, *engine.Result, error) {
	if e.Kind() != engine.Go {
		return nil, nil, fmt.Errorf("%w: only the go engine traces programs", engine.ErrNotTraceable)
	}
	if req.Clock == engine.ClockReal {
		return nil, nil, fmt.Errorf("%w: the program runs on the real clock", engine.ErrNotTraceable)
	}
	req.Trace = false
	first, err := e.Run(ctx, req)
	if err != nil {
		return nil, nil, err
	}
	if first.Limit != engine.WithinLimits {
		return nil, first, errors.New("no timeline: the program did not end within its limits")
	}
	if err := traceable(req); err != nil {
		return nil, first, err
	}
	req.Trace = true
	if first.ExitCode != 0 {
		req.TraceStop = first.Virtual + 1
	}
	traced, err := e.Run(ctx, req)
	if err != nil {
		return nil, first, fmt.Errorf("the traced run: %w", err)
	}
	if !sameOutput(first.Transcript(), traced.Transcript()) {
		return nil, first, errors.New("no timeline: the traced run printed something else than the program's run")
	}
	if len(traced.Trace) == 0 {
		return nil, first, errors.New("no timeline: the program ended before its trace could be written")
	}
	tl, err := Build(traced.Trace, traced.Writes)
	return tl, first, err
}

// goroutineNumber is a goroutine's number in the runtime's messages.
var goroutineNumber = regexp.MustCompile(`(?m)^goroutine \d+ \[`)

// sameOutput compares two transcripts, goroutine numbers in the runtime's
// messages aside.
func sameOutput(a, b string) bool {
	norm := func(s string) string { return goroutineNumber.ReplaceAllString(s, "goroutine N [") }
	return norm(a) == norm(b)
}

// traceable refuses, before the traced run, a program that starts
// processes: the trace shows one process only, and a child runs on the
// real clock.
func traceable(req engine.Request) error {
	if bytes.Contains(req.Source, []byte(`"os/exec"`)) {
		return fmt.Errorf("%w: the program starts processes", engine.ErrNotTraceable)
	}
	return nil
}
