package check

import (
	"io"
	"os"
	"strings"

	"github.com/pmezard/go-difflib/difflib"
)

// readBounded reads a file, or its first max+1 bytes when it is larger: a
// huge file is reported as too large without being read whole.
func readBounded(path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, max+1))
}

// unifiedDiff shows the change from a to b as a unified diff whose lines
// have a space after their mark ("- ", "+ ", "  "), so that a transcript's
// directive lines ("-- end --") never read as the diff's own headers.
func unifiedDiff(nameA, nameB, a, b string) string {
	s, _ := difflib.GetUnifiedDiffString(difflib.UnifiedDiff{
		A: splitAfter(a), B: splitAfter(b),
		FromFile: nameA, ToFile: nameB, Context: 3,
	})
	lines := splitAfter(s)
	for i, l := range lines {
		if i < 2 || strings.HasPrefix(l, "@@") || l == "" {
			continue // the file names and the hunks' headers
		}
		lines[i] = l[:1] + " " + l[1:]
	}
	return strings.Join(lines, "")
}

// splitAfter splits s into lines that each end with a newline (one is
// added to a last line without).
func splitAfter(s string) []string {
	lines := strings.SplitAfter(s, "\n")
	if len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	if n := len(lines); n > 0 && !strings.HasSuffix(lines[n-1], "\n") {
		lines[n-1] += "\n"
	}
	return lines
}
