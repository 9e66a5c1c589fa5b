// Package files computes the symbol files of runner/worker/pagesyms from
// yaegi's standard symbol files.
package files

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/concbook/concurrency/internal/play/pagepkgs"
)

// Generate returns the files of pagesyms that are copies, by name: the
// symbol file of each package of pagepkgs.Std and restricted.go (the
// restricted os.Exit and log.Fatal the symbols refer to), read from yaegi's
// stdlib folder.
func Generate(stdlibDir string) (map[string][]byte, error) {
	out := map[string][]byte{}
	names := []string{"restricted.go"}
	for _, p := range pagepkgs.Std {
		names = append(names, "go1_26_"+strings.ReplaceAll(p, "/", "_")+".go")
	}
	for _, name := range names {
		b, err := os.ReadFile(filepath.Join(stdlibDir, name))
		if err != nil {
			return nil, fmt.Errorf("the symbols of a page package: %w", err)
		}
		renamed := renamePackage(b)
		if bytes.Equal(renamed, b) {
			return nil, fmt.Errorf("%s: no line \"package stdlib\" to rename", name)
		}
		out[name] = renamed
	}
	return out, nil
}

// renamePackage renames the package clause "package stdlib", at the start
// of a line, to "package pagesyms".
func renamePackage(b []byte) []byte {
	if bytes.HasPrefix(b, []byte("package stdlib\n")) {
		return append([]byte("package pagesyms\n"), b[len("package stdlib\n"):]...)
	}
	return bytes.Replace(b, []byte("\npackage stdlib\n"), []byte("\npackage pagesyms\n"), 1)
}
