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
	if len(problems) == 0 && len(p.Segments) > 1 {
		problems = append(problems, joinedGofmtProblems(p)...)
	}
	return problems
}

// joinedGofmtProblems reports a literate program whose segments are each
// formatted but whose whole is not (a segment that starts or ends with a
// blank line leaves two between declarations), at the segment's line: the
// page shows and runs the whole (book.Program.Code).
func joinedGofmtProblems(p *book.Program) []string {
	code := p.Code()
	formatted, err := format.Source([]byte(code))
	if err != nil || string(formatted) == code {
		return nil
	}
	have, want := strings.Split(code, "\n"), strings.Split(string(formatted), "\n")
	i := 0
	for i < len(have) && i < len(want) && have[i] == want[i] {
		i++
	}
	// The joined line i belongs to the last segment starting at or before
	// it; Code puts a blank line between segments unless one is there.
	var joined strings.Builder
	seg, start := p.Segments[0], 0
	for k, s := range p.Segments {
		if k > 0 && !strings.HasSuffix(joined.String(), "\n\n") {
			joined.WriteString("\n")
		}
		first := strings.Count(joined.String(), "\n")
		if first > i {
			break
		}
		seg, start = s, first
		joined.WriteString(s.Code)
	}
	return []string{fmt.Sprintf("%s:%d:1: program is not gofmt-formatted once its blocks are joined (the page shows it whole): gofmt changes this line", p.Chapter.Path, seg.CodeLine+i-start)}
}
