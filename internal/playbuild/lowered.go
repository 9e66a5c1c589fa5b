package playbuild

import (
	"os"

	"github.com/concbook/concurrency/internal/lower"
	"github.com/concbook/concurrency/internal/play/pagepkgs"
	"github.com/concbook/concurrency/internal/typecheck"
)

// The book's programs lowered ahead. A reader's first Run of a program
// would type-check and lower it in the page, cold: a fifth of the time to
// its output. The site build does it instead, for every program the page
// can run, with the page's type checker (the export data of the page's
// packages, built for js/wasm with the page's patched standard packages)
// and the page's source (pagepkgs.Source), so that the result is the one
// the page would get; the page sends it with the program when the reader
// has not edited it, and the worker runs it as it is.

// Lowerer lowers programs as the page does.
type Lowerer struct {
	checker *typecheck.Checker
	dir     string
}

// NewLowerer returns a Lowerer for the module at root. Close removes its
// files.
func NewLowerer(root string) (*Lowerer, error) {
	dir, err := os.MkdirTemp("", "concbook-lower-")
	if err != nil {
		return nil, err
	}
	std, _, err := writeStdOverlay(dir)
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	return &Lowerer{checker: typecheck.NewFor(root, "js", "wasm", std), dir: dir}, nil
}

// Lower returns the program src as the page lowers it, or an error where
// the page would report one (a compile error, a refusal).
func (l *Lowerer) Lower(src []byte) ([]byte, error) {
	tp, err := l.checker.Check("main.go", pagepkgs.Source(src))
	if err != nil {
		return nil, err
	}
	return lower.Checked(tp)
}

// Close removes the Lowerer's files.
func (l *Lowerer) Close() error { return os.RemoveAll(l.dir) }
