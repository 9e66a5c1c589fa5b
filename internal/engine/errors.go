package engine

import "fmt"

// CompileError is a program that did not compile. Its message starts with
// the position, "file:line:col: ".
type CompileError struct {
	Msg string
}

func (e *CompileError) Error() string { return e.Msg }

// compileErrorf builds a CompileError at file:line:col.
func compileErrorf(file string, line, col int, format string, args ...any) *CompileError {
	return &CompileError{Msg: fmt.Sprintf("%s:%d:%d: %s", file, line, col, fmt.Sprintf(format, args...))}
}
