package engine

import (
	"bytes"
	"errors"

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
