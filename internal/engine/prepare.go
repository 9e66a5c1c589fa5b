package engine

import (
	"bytes"
	"context"
	"errors"
	"time"

	"github.com/concbook/concurrency/internal/lower"
	"github.com/concbook/concurrency/internal/typecheck"
)

// prepare turns a request's source into the source the yaegi worker runs:
// named in the interpreter's messages, and lowered (internal/lower) from Go
// 1.26 to the Go that yaegi runs with the same meaning.
func prepare(req Request) ([]byte, error) {
	src := req.Source
	if !bytes.HasPrefix(src, []byte("//line ")) {
		src = append([]byte("//line "+req.Filename+":1:1\n"), src...)
	}
	// Go 1.26 fidelity: lower.Program first checks the program as the Go
	// 1.26 compiler does (internal/typecheck, every error at the Markdown
	// positions), then lowers it with its types.
	// Positions come from the //line directive; the file name given to the
	// parser has no folder, against which a relative directive would be
	// resolved (chapters/x.md would become chapters/chapters/x.md).
	lowerProgram := lower.Program
	if req.Test {
		lowerProgram = lower.TestProgram
	}
	out, err := lowerProgram("main.go", src)
	if err != nil {
		var le *lower.Error
		if errors.As(err, &le) {
			return nil, &CompileError{Msg: le.Error()}
		}
		var te *typecheck.Error
		if errors.As(err, &te) {
			return nil, &CompileError{Msg: te.Error()}
		}
		return nil, err
	}
	return out, nil
}

// prepareWithin prepares req within its time limit: a program that sends
// the type checker or the lowering into a loop times out as a program
// that runs too long does. When ctx is done first, it returns ctx's error.
func prepareWithin(ctx context.Context, req Request) (src []byte, timedOut bool, err error) {
	type prepared struct {
		src []byte
		err error
	}
	done := make(chan prepared, 1)
	go func() {
		src, err := prepare(req)
		done <- prepared{src, err}
	}()
	timer := time.NewTimer(req.Limits.withDefaults().Timeout)
	defer timer.Stop()
	select {
	case p := <-done:
		return p.src, false, p.err
	case <-timer.C:
		return nil, true, nil
	case <-ctx.Done():
		return nil, false, ctx.Err()
	}
}
