package engine

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// CompileError is a program that did not compile. Its message starts with
// the position, "file:line:col: ", or, when the interpreter failed on the
// code the runner adds after the program's last line, with "file: ".
type CompileError struct {
	Msg string
}

func (e *CompileError) Error() string { return e.Msg }

// compileErrorf builds a CompileError at file:line:col.
func compileErrorf(file string, line, col int, format string, args ...any) *CompileError {
	return &CompileError{Msg: fmt.Sprintf("%s:%d:%d: %s", file, line, col, fmt.Sprintf(format, args...))}
}

// errorPosition matches the position a compile error starts with.
var errorPosition = regexp.MustCompile(`^(.*?):(\d+):(\d+): `)

// interpreterError words msg, the interpreter's compile error for the
// lowered form of src, which type-checked. At a position past src's last
// line, where the lowering appends its helpers, the error is the runner's,
// at a line the program does not have: the message says so rather than
// point there (a source with //line directives, a chapter's program, has
// the Markdown's lines, never past its end). Any other is one of the
// interpreter's limits (interpreterLimit).
func interpreterError(msg string, src []byte) string {
	m := errorPosition.FindStringSubmatch(msg)
	if m == nil {
		return msg
	}
	line, err := strconv.Atoi(m[2])
	if err != nil || line <= lineCount(src) || bytes.Contains(src, []byte("//line ")) {
		return interpreterLimit(msg, m[0])
	}
	return fmt.Sprintf("%s: internal error of the runner: the code it adds after the program's last line (line %d of the lowered program) did not compile: %s",
		m[1], line, msg[len(m[0]):])
}

// interpreterLimit says that msg, the interpreter's compile error at pos
// in a program that type-checked, is a limit of the interpreter: the
// program is valid Go, so the message must not read as Go's own compile
// error. One that already says "unsupported" is left alone.
func interpreterLimit(msg, pos string) string {
	rest := msg[len(pos):]
	if strings.HasPrefix(rest, "unsupported") {
		return msg
	}
	return pos + "unsupported: the interpreter cannot compile this valid Go: " + rest
}

// lineCount is the number of lines of src, its last one counted even
// without a final newline.
func lineCount(src []byte) int {
	n := bytes.Count(src, []byte("\n"))
	if len(src) > 0 && src[len(src)-1] != '\n' {
		n++
	}
	return n
}
