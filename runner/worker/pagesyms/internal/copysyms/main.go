// Command copysyms copies yaegi's symbol files of the page's standard
// packages (internal/play/pagepkgs.Std) from third_party/yaegi/stdlib into
// runner/worker/pagesyms, renaming the package clause. Run by go generate in
// runner/worker/pagesyms.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/concbook/concurrency/runner/worker/pagesyms/internal/copysyms/files"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "copysyms:", err)
		os.Exit(1)
	}
}

func run() error {
	want, err := files.Generate(filepath.Join("..", "..", "..", "third_party", "yaegi", "stdlib"))
	if err != nil {
		return err
	}
	old, _ := filepath.Glob("go1_*.go")
	for _, f := range old {
		if _, ok := want[f]; !ok {
			if err := os.Remove(f); err != nil {
				return err
			}
		}
	}
	for name, b := range want {
		if err := os.WriteFile(name, b, 0o644); err != nil {
			return err
		}
	}
	return nil
}
