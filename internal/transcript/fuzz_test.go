package transcript

import (
	"errors"
	"strings"
	"testing"
)

// FuzzParse: the parser never panics, and what it accepts, Merge and Match
// handle.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"a\nb\n", "-- any order --\nx\ny\n-- end --\n", "-- streams --\na| x\nb| y\n-- end --\n",
		"{{int 1}} {{duration 2s}} {{/x+/ xx}}\n", "-- skip --\n", "\\-- end --\n{{{{\n", "-- # note --\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		tr, err := Parse("f.txt", []byte(src))
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("Parse error is not a *ParseError: %v", err)
			}
			return
		}
		// The samples of a transcript without skips and blocks are an
		// output it matches.
		var samples []string
		plain := true
		for _, seg := range tr.Segments {
			switch seg.Kind {
			case Literal:
				samples = append(samples, seg.Lines[0].Sample())
			case Comment:
			default:
				plain = false
			}
		}
		out := strings.Join(samples, "\n")
		if len(samples) > 0 {
			out += "\n"
		}
		if plain && !strings.Contains(src, "{{") {
			if err := tr.Match(out); err != nil {
				t.Fatalf("transcript does not match its own lines: %v", err)
			}
		}
		merged, _ := tr.Merge(out)
		if _, err := Parse("m.txt", merged); err != nil {
			t.Fatalf("Merge wrote an unreadable transcript: %v\n%s", err, merged)
		}
	})
}

// FuzzMatch: for any transcript and output, Match terminates without
// panicking, and Merge always writes a transcript that matches the output.
func FuzzMatch(f *testing.F) {
	f.Add("-- streams --\na| x\na| y\nb| x\n-- end --\n", "x\nx\ny\n")
	f.Add("a\n-- skip --\nb\n", "a\nq\nb\n")
	f.Add("-- any order --\n{{int}}\n1\n-- end --\n", "1\n2\n")
	f.Fuzz(func(t *testing.T, src, output string) {
		tr, err := Parse("f.txt", []byte(src))
		if err != nil {
			return
		}
		err = tr.Match(output)
		var mm *Mismatch
		if err != nil && !errors.As(err, &mm) && !errors.Is(err, ErrTooComplex) {
			t.Fatalf("unexpected error: %v", err)
		}
		if strings.ContainsRune(output, '\r') {
			return
		}
		text, _ := tr.Merge(output)
		merged, err := Parse("m.txt", text)
		if err != nil {
			t.Fatalf("Merge wrote an unreadable transcript: %v\n%s", err, text)
		}
		if err := merged.Match(output); err != nil && !errors.Is(err, ErrTooComplex) {
			t.Fatalf("merged transcript does not match the output: %v\n%s", err, text)
		}
	})
}
