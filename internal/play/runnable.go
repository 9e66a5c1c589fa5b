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
	ReasonEmbed     = "It embeds files when it is built, which the page's runner does not do: run it with `go run`."
	// ReasonCompiled is for a program only compiled Go runs right
	// (engine=go on its fence, internal/book).
	ReasonCompiled = "Only compiled Go runs it right, not the page's interpreter: run it with `go run`."
)

// osRefused are the functions of package os the page cannot give a
// program, and why. Files are there: each run has a file system of its
// own, in memory (play/worker.js), empty at its start.
var osRefused = map[string]string{
	"StartProcess": ReasonProcesses, "FindProcess": ReasonProcesses, "Executable": ReasonProcesses,
	"Pipe": ReasonSignals, "Getppid": ReasonProcesses,
	"Symlink": ReasonSignals, "Link": ReasonSignals, "Readlink": ReasonSignals,
	"Chown": ReasonSignals, "Lchown": ReasonSignals,
}

// Runnable reports whether the page can run p, and if not, why: a program
// on the real clock, or one that starts processes, uses signals, system
// calls, the network, embedded files or another package the page lacks
// (pagepkgs). A program that does not parse is runnable: the page shows
// its compile errors as `go run` would.
func Runnable(p *book.Program) (ok bool, reason string) {
	// Processes and signals first: they are why many run on the real
	// clock. Then the clock, the reason of CPU-bound programs, whatever
	// else they use (false sharing's unsafe).
	ok, reason = RunnableSource(p.Code())
	switch {
	case reason == ReasonProcesses || reason == ReasonSignals:
		return false, reason
	case p.Clock == "real" && !importsSignal(p.Code()):
		// A program that handles signals runs on the real clock on the
		// command line only because os/signal's thread, waiting in the
		// kernel, stops the virtual clock; the page delivers signals
		// itself (runner/worker/signals_js.go) and has no such thread.
		return false, ReasonRealClock
	case p.Engine == "go":
		return false, ReasonCompiled
	}
	return ok, reason
}

// RunnableSource is Runnable for a program's source, clock aside.
func RunnableSource(src string) (ok bool, reason string) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "prog.go", src, parser.SkipObjectResolution)
	if err != nil {
		return true, ""
	}
	// The local names of the imports whose names matter: os (its file
	// functions) and the packages the page carries in part.
	local := map[string]string{}
	for _, imp := range f.Imports {
		path, err := strconv.Unquote(imp.Path.Value)
		if err != nil {
			continue
		}
		if r := importReason(path); r != "" {
			return false, r
		}
		if _, partial := pagepkgs.Partial[path]; partial || path == "os" {
			name := path[strings.LastIndex(path, "/")+1:]
			if imp.Name != nil {
				name = imp.Name.Name
			}
			local[name] = path
		}
	}
	if len(local) > 0 {
		ast.Inspect(f, func(n ast.Node) bool {
			sel, isSel := n.(*ast.SelectorExpr)
			if !isSel || reason != "" {
				return reason == ""
			}
			if x, isID := sel.X.(*ast.Ident); isID {
				reason = nameReason(local[x.Name], sel.Sel.Name)
			}
			return true
		})
	}
	return reason == "", reason
}

// importsSignal reports whether src imports os/signal.
func importsSignal(src string) bool {
	f, err := parser.ParseFile(token.NewFileSet(), "prog.go", src, parser.ImportsOnly)
	if err != nil {
		return false
	}
	for _, imp := range f.Imports {
		if path, _ := strconv.Unquote(imp.Path.Value); path == "os/signal" {
			return true
		}
	}
	return false
}

// nameReason is why a program that uses path.name cannot run in the page,
// or "" if it can.
func nameReason(path, name string) string {
	switch {
	case path == "":
		return ""
	case path == "os":
		return osRefused[name]
	case pagepkgs.Has(path, name):
		return ""
	case path == "net":
		return ReasonNetwork
	case path == "syscall":
		return ReasonSignals
	}
	return "It uses " + path + "." + name + ", which the page's runner does not carry: run it with `go run`."
}

// importReason is why a program that imports path cannot run in the page,
// or "" if it can.
func importReason(path string) string {
	switch {
	case pagepkgs.Available(path):
		return ""
	case path == "os/exec":
		return ReasonProcesses
	case path == "os/signal" || path == "syscall" || strings.HasPrefix(path, "golang.org/x/sys"):
		return ReasonSignals
	case path == "net" || strings.HasPrefix(path, "net/") || path == "crypto/tls":
		return ReasonNetwork
	case path == "embed":
		return ReasonEmbed
	}
	return "It imports " + path + ", which the page's runner does not carry: run it with `go run`."
}
