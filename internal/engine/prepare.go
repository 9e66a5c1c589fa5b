package engine

import (
	"bytes"
	"errors"

	"github.com/concbook/concurrency/internal/lower"
)

// prepare turns a request's source into the source the yaegi worker runs:
// named in the interpreter's messages, and lowered (internal/lower) from Go
// 1.26 to the Go that yaegi runs with the same meaning.
func prepare(req Request) ([]byte, error) {
	src := req.Source
	if !bytes.HasPrefix(src, []byte("//line ")) {
		src = append([]byte("//line "+req.Filename+":1:1\n"), src...)
	}
	out, err := lower.Program(req.Filename, src)
	if err != nil {
		var le *lower.Error
		if errors.As(err, &le) {
			return nil, &CompileError{Msg: le.Error()}
		}
		return nil, err
	}
	return out, nil
}
