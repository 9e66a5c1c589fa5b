package check

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// A report shows at most the first and the last abridgeLines lines of a
// program's output, each cut at abridgeWidth bytes: about 8 KiB for an
// output of any size (the runner keeps 1 MiB).
const (
	abridgeLines = 20
	abridgeWidth = 200
)

// abridge shortens a long output for a report: its first and last lines,
// and a line that says how much was left out between them; a line longer
// than abridgeWidth is cut, saying how many bytes it had more. An output
// that fits is returned as it is.
func abridge(s string) string {
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	long := false
	for _, l := range lines {
		long = long || len(l) > abridgeWidth+1
	}
	if len(lines) <= 2*abridgeLines && !long {
		return s
	}
	var b strings.Builder
	head := min(abridgeLines, len(lines))
	tail := max(head, len(lines)-abridgeLines)
	for _, l := range lines[:head] {
		b.WriteString(cutLine(l))
	}
	if tail > head {
		bytes := 0
		for _, l := range lines[head:tail] {
			bytes += len(l)
		}
		fmt.Fprintf(&b, "[... %d lines (%d bytes) left out ...]\n", tail-head, bytes)
	}
	for _, l := range lines[tail:] {
		b.WriteString(cutLine(l))
	}
	return b.String()
}

// cutLine cuts a line longer than abridgeWidth bytes at a rune boundary,
// saying how many bytes it had more.
func cutLine(l string) string {
	text := strings.TrimSuffix(l, "\n")
	if len(text) <= abridgeWidth {
		return l
	}
	cut := abridgeWidth
	for cut > 0 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	return fmt.Sprintf("%s[... %d more bytes on this line]\n", text[:cut], len(text)-cut)
}
