package timeline

import (
	"context"
	"errors"
	"fmt"
	"go/parser"
	"go/token"

	"github.com/concbook/concurrency/internal/engine"
)

// Check decides whether a traced run printed what the program prints: the
// site matches it against the program's transcript. A run that does not
// pass gets no timeline, for it would show another run than the page does.
type Check func(traced *engine.Result) error

// Run runs a program traced under the Go engine e and returns its Timeline
// and the traced run's result: what the program printed in the run the
// timeline shows. Tracing does not change what a program does (see
// internal/engine/trace.go); check, if not nil, holds the traced run to
// that.
//
// The program runs twice. The first run, untraced, says how it ends. A
// program that exits 0 returns from main or calls os.Exit, where the traced
// run writes its trace. One that does not (a deadlock, a panic in another
// goroutine) may never get there, and while the tracer runs the runtime
// cannot see a deadlock: the traced run stops its trace just after the
// virtual time the first run ended at.
func Run(ctx context.Context, e *engine.Engine, req engine.Request, check Check) (*Timeline, *engine.Result, error) {
	if e.Kind() != engine.Go {
		return nil, nil, fmt.Errorf("%w: only the go engine traces programs", engine.ErrNotTraceable)
	}
	if req.Clock == engine.ClockReal {
		return nil, nil, fmt.Errorf("%w: the program runs on the real clock", engine.ErrNotTraceable)
	}
	if err := traceable(req); err != nil {
		return nil, nil, err
	}
	req.Trace = false
	first, err := e.Run(ctx, req)
	if err != nil {
		return nil, nil, err
	}
	if first.Limit != engine.WithinLimits {
		return nil, first, errors.New("no timeline: the program did not end within its limits")
	}
	req.Trace = true
	if first.ExitCode != 0 {
		req.TraceStop = first.Virtual + 1
	}
	traced, err := e.Run(ctx, req)
	if err != nil {
		return nil, first, fmt.Errorf("the traced run: %w", err)
	}
	if traced.Limit != engine.WithinLimits {
		return nil, traced, errors.New("no timeline: the traced run did not end within its limits")
	}
	if check != nil {
		if err := check(traced); err != nil {
			return nil, traced, fmt.Errorf("no timeline: the traced run's output does not match: %w", err)
		}
	}
	if len(traced.Trace) == 0 {
		return nil, traced, errors.New("no timeline: the program ended before its trace could be written")
	}
	tl, err := Build(traced.Trace, traced.Writes)
	return tl, traced, err
}

// traceable refuses, before any run, a program that starts processes (the
// trace shows one process only, and a child runs on the real clock) or that
// uses runtime/trace itself (only one trace can run at a time).
func traceable(req engine.Request) error {
	f, err := parser.ParseFile(token.NewFileSet(), req.Filename, req.Source, parser.ImportsOnly)
	if err != nil {
		return nil // the runs report it
	}
	for _, im := range f.Imports {
		switch im.Path.Value {
		case `"os/exec"`:
			return fmt.Errorf("%w: the program starts processes", engine.ErrNotTraceable)
		case `"runtime/trace"`:
			return fmt.Errorf("%w: the program uses runtime/trace itself", engine.ErrNotTraceable)
		}
	}
	return nil
}
