package check

import (
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/pmezard/go-difflib/difflib"
)

// writeFileAtomic writes data to path through a temporary file in the same
// folder, synced, then renamed over path: a reader, or a run interrupted at
// any point, sees the old file or the new one, never a part.
func writeFileAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer os.Remove(tmp) // after a successful rename, there is nothing to remove
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Chmod(0o644); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

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
