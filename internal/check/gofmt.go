package check

import (
	"fmt"
	"go/format"
	"strings"

	"github.com/concbook/concurrency/internal/book"
)

// gofmtProblems reports each segment of p that gofmt would change, at its
// first line that would change.
func gofmtProblems(p *book.Program) []string {
	var problems []string
	for _, seg := range p.Segments {
		formatted, err := format.Source([]byte(seg.Code))
		if err != nil {
			continue // a syntax error: the compile step reports it, at its line
		}
		if string(formatted) == seg.Code {
			continue
		}
		have, want := strings.Split(seg.Code, "\n"), strings.Split(string(formatted), "\n")
		i := 0
		for i < len(have) && i < len(want) && have[i] == want[i] {
			i++
		}
		msg := fmt.Sprintf("%s:%d:1: program is not gofmt-formatted", p.Chapter.Path, seg.CodeLine+i)
		if i < len(want) {
			msg += fmt.Sprintf("; gofmt writes this line as %q", want[i])
		}
		problems = append(problems, msg)
	}
	return problems
}
