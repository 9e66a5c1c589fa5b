package build

import (
	"go/parser"
	"go/token"
	"strconv"

	"github.com/concbook/concurrency/internal/book"
)

// runnable is a stand-in for internal/play.Runnable, which the wasm side of
// issue 11 owns, until it is merged: the page cannot start processes or
// measure the real clock.
func runnable(p *book.Program) (bool, string) {
	f, err := parser.ParseFile(token.NewFileSet(), p.Name+".go", p.Code(), parser.ImportsOnly)
	if err == nil {
		for _, im := range f.Imports {
			if path, _ := strconv.Unquote(im.Path.Value); path == "os/exec" {
				return false, "it starts processes, which a web page cannot do."
			}
		}
	}
	if p.Clock == "real" {
		return false, "it measures time on the real clock, and the page has only the virtual one."
	}
	return true, ""
}
