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

// unifiedDiff shows the change from a to b.
func unifiedDiff(nameA, nameB, a, b string) string {
	s, _ := difflib.GetUnifiedDiffString(difflib.UnifiedDiff{
		A: splitAfter(a), B: splitAfter(b),
		FromFile: nameA, ToFile: nameB, Context: 3,
	})
	return s
}

// splitAfter splits s into lines that keep their newline.
func splitAfter(s string) []string {
	lines := strings.SplitAfter(s, "\n")
	if len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}
