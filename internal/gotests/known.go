package gotests

import (
	"bufio"
	_ "embed"
	"fmt"
	"strings"
)

//go:embed known.txt
var knownText string

// KnownDifferences are the documented differences of known.txt: program path to
// reason.
func KnownDifferences() (map[string]string, error) { return parseKnown(knownText) }

// parseKnown reads the known.txt format (doc.go).
func parseKnown(text string) (map[string]string, error) {
	known := map[string]string{}
	sc := bufio.NewScanner(strings.NewReader(text))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		path, reason, ok := strings.Cut(line, "\t")
		if !ok {
			path, reason, ok = strings.Cut(line, " ")
		}
		reason = strings.TrimSpace(reason)
		if !ok || reason == "" {
			return nil, fmt.Errorf("known.txt:%d: want a program's path, then why it differs", n)
		}
		if _, dup := known[path]; dup {
			return nil, fmt.Errorf("known.txt:%d: %s is listed twice", n, path)
		}
		known[path] = reason
	}
	return known, sc.Err()
}
