package lower

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"
)

// refuseRule refuses, before they run, the imports the worker cannot give
// a program: packages added after Go 1.22 that have no shim (shims.go) and
// cannot be extracted into the worker, being generic or tied to the
// runtime; and embed, whose files the compiler puts in the binary: the
// refusal is at the first //go:embed directive (at the import if there is
// none).
func refuseRule(p *program) error {
	for _, s := range p.file.Imports {
		path, _ := strconv.Unquote(s.Path.Value)
		if path == "embed" {
			pos := s.Pos()
			for _, g := range p.file.Comments {
				for _, c := range g.List {
					if strings.HasPrefix(c.Text, "//go:embed") && pos == s.Pos() {
						pos = c.Pos()
					}
				}
			}
			return p.errorf(pos, "unsupported: //go:embed: the runner cannot embed files in an interpreted program; run it with go run")
		}
		if path == "testing/synctest" && p.test {
			continue // a test program has its *testing.T
		}
		if why, ok := refusedImports[path]; ok {
			return p.errorf(s.Pos(), "unsupported: package %s is not available in the runner (%s)", path, why)
		}
	}
	return p.refuseCallerFrames()
}

// callerFuncs are the runtime's functions that report the program's call
// stack and functions: the program's functions are interpreted, so the
// frames, names and lines they report are the interpreter's (or none),
// never the program's (test/devirtualization_nil_panics.go looks for the
// line of main.main.func1 in runtime.Callers; test/inline_literal.go for
// the name FuncForPC gives a function value).
var callerFuncs = map[string]bool{"Caller": true, "Callers": true, "CallersFrames": true, "FuncForPC": true}

// refuseCallerFrames refuses the first use of one of callerFuncs, but for
// a call whose results are thrown away (runtime.Caller(1000) as a
// statement, test/typeparam/issue58513.go): it reports nothing, so the
// interpreter's frames cannot show.
func (p *program) refuseCallerFrames() error {
	var err error
	discarded := map[*ast.SelectorExpr]bool{}
	ast.Inspect(p.file, func(n ast.Node) bool {
		if es, ok := n.(*ast.ExprStmt); ok {
			if call, ok := es.X.(*ast.CallExpr); ok {
				if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
					discarded[sel] = true
				}
			}
		}
		sel, ok := n.(*ast.SelectorExpr)
		if !ok || err != nil || discarded[sel] {
			return err == nil
		}
		if fn, ok := p.info.Uses[sel.Sel].(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "runtime" && callerFuncs[fn.Name()] {
			err = p.errorf(sel.Pos(), "unsupported: runtime.%s: the program's functions are interpreted, so the runtime has no frames, names or lines of theirs to report; run it with go run", fn.Name())
		}
		return true
	})
	return err
}

// refusedImports are the packages the runner refuses, and what to use.
var refusedImports = map[string]string{
	"unique":           "generic, Go 1.23; compare the values themselves or intern them in a map",
	"weak":             "tied to the garbage collector, Go 1.24; keep ordinary pointers",
	"structs":          "Go 1.23; leave the marker field out",
	"testing/synctest": "needs a *testing.T: write a test program (a fence with test); the runner's virtual clock already makes sleeps instant",
}
