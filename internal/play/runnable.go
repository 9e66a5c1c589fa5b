package play

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"strings"

	"github.com/concbook/concurrency/internal/book"
	"github.com/concbook/concurrency/internal/play/pagepkgs"
)

// Reasons a program cannot run in the page, each one sentence for
// readers. The page shows it with the `go run` command to use instead.
const (
	ReasonRealClock = "It measures time on the real clock (CPU-bound work), which the page's virtual clock does not advance: run it with `go run`."
	ReasonProcesses = "It starts processes, which a web page cannot do: run it with `go run`."
	ReasonSignals   = "It uses signals or system calls, which a web page does not have: run it with `go run`."
	ReasonNetwork   = "It uses the network, which the page's runner does not have: run it with `go run`."
	ReasonFiles     = "It uses files, which the page's runner does not have: run it with `go run`."
	// ReasonCompiled is for a program only compiled Go runs right
	// (engine=go on its fence, internal/book).
	ReasonCompiled = "It shows its own goroutine stacks, which only compiled Go has, not the page's interpreter: run it with `go run`."
)

// fileFuncs are the functions of package os that use the file system.
var fileFuncs = map[string]bool{
	"Open": true, "OpenFile": true, "Create": true, "ReadFile": true, "WriteFile": true,
	"Remove": true, "RemoveAll": true, "Rename": true, "Mkdir": true, "MkdirAll": true,
	"MkdirTemp": true, "CreateTemp": true, "ReadDir": true, "Stat": true, "Lstat": true,
	"Chdir": true, "Chmod": true, "Truncate": true, "Symlink": true, "Link": true, "DirFS": true,
	"Pipe": true, "StartProcess": true, "FindProcess": true, "Executable": true,
}

// Runnable reports whether the page can run p, and if not, why: a program
// on the real clock, or one that starts processes, uses signals, system
// calls, the network, files or another package the page lacks
// (pagepkgs). A program that does not parse is runnable: the page shows
// its compile errors as `go run` would.
func Runnable(p *book.Program) (ok bool, reason string) {
	if ok, reason := RunnableSource(p.Code()); !ok {
		return false, reason // processes first: they are why many run on the real clock
	}
	if p.Clock == "real" {
		return false, ReasonRealClock
	}
	if p.Engine == "go" {
		return false, ReasonCompiled
	}
	return true, ""
}

// RunnableSource is Runnable for a program's source, clock aside.
func RunnableSource(src string) (ok bool, reason string) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "prog.go", src, parser.SkipObjectResolution)
	if err != nil {
		return true, ""
	}
	osName := ""
	for _, imp := range f.Imports {
		path, err := strconv.Unquote(imp.Path.Value)
		if err != nil {
			continue
		}
		if path == "os" {
			osName = "os"
			if imp.Name != nil {
				osName = imp.Name.Name
			}
		}
		if r := importReason(path); r != "" {
			return false, r
		}
	}
	if osName != "" {
		ast.Inspect(f, func(n ast.Node) bool {
			sel, isSel := n.(*ast.SelectorExpr)
			if !isSel || reason != "" {
				return reason == ""
			}
			if x, isID := sel.X.(*ast.Ident); isID && x.Name == osName && fileFuncs[sel.Sel.Name] {
				reason = ReasonFiles
				if sel.Sel.Name == "StartProcess" || sel.Sel.Name == "FindProcess" || sel.Sel.Name == "Executable" {
					reason = ReasonProcesses
				}
			}
			return true
		})
	}
	return reason == "", reason
}

// importReason is why a program that imports path cannot run in the page,
// or "" if it can.
func importReason(path string) string {
	switch {
	case pagepkgs.Available(path):
		return ""
	case path == "os/exec":
		return ReasonProcesses
	case path == "os/signal" || path == "syscall" || path == "unsafe" || strings.HasPrefix(path, "golang.org/x/sys"):
		return ReasonSignals
	case path == "net" || strings.HasPrefix(path, "net/") || path == "crypto/tls":
		return ReasonNetwork
	case path == "io/ioutil" || path == "io/fs" || path == "path/filepath" || path == "embed":
		return ReasonFiles
	}
	return "It imports " + path + ", which the page's runner does not carry: run it with `go run`."
}
