//go:build js

package main

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"strings"
	"syscall/js"

	"github.com/concbook/concurrency/internal/lower"
	"github.com/concbook/concurrency/internal/play/pagepkgs"
	"github.com/concbook/concurrency/internal/typecheck"
)

// pageFile is the name a page program has in its messages: errors read
// "prog.go:3:2: ...".
const pageFile = pagepkgs.FileName

// serve registers the page's functions on globalThis.concbook and waits
// for calls.
func serve() {
	js.Global().Set("concbook", js.ValueOf(map[string]any{
		"prepare": js.FuncOf(func(_ js.Value, args []js.Value) any {
			return prepareJS(args[0].String(), len(args) > 1 && args[1].Truthy())
		}),
		"verdict": js.FuncOf(func(_ js.Value, args []js.Value) any {
			out := make([]byte, args[0].Get("length").Int())
			js.CopyBytesToGo(out, args[0])
			signal := ""
			if len(args) > 5 && args[5].Type() == js.TypeString {
				signal = args[5].String()
			}
			v := judge(out, args[1].Int(), args[2].Bool(), args[3].String(), args[4].String(), signal)
			return js.ValueOf(map[string]any{"verdict": v.Verdict, "report": v.Report, "output": v.Output})
		}),
	}))
	select {}
}

// prepareJS is prepare's answer as a JS object: {source} for a program
// that compiles, {compileError} with the compiler's lines for one that does
// not, {error} when the runner failed. test is true for a test program.
func prepareJS(src string, test bool) any {
	out, err := prepare([]byte(src), test)
	if err != nil {
		var ce compileError
		if errors.As(err, &ce) {
			return js.ValueOf(map[string]any{"compileError": ce.Error()})
		}
		return js.ValueOf(map[string]any{"error": err.Error()})
	}
	return js.ValueOf(map[string]any{"source": string(out)})
}

// compileError is a program that does not compile, or imports a package
// the page lacks: the lines `go run` would print.
type compileError struct{ msg string }

func (e compileError) Error() string { return e.msg }

// prepare checks a page program's imports, then type-checks and lowers it
// as the engine does for the command line (internal/engine/prepare.go): a
// test program (test) as a test file of package main, whose Test functions
// the run instance runs as go test -v does (testmode.go). The page names
// the program prog.go unless its source says otherwise: a test program
// comes with the //line directives of its Markdown, so that t.Log names the
// lines go test names in the book's transcripts.
func prepare(src []byte, test bool) ([]byte, error) {
	if err := checkImports(src); err != nil {
		return nil, err
	}
	lowerProgram := lower.Program
	if test {
		lowerProgram = lower.TestProgram
	}
	out, err := lowerProgram("main.go", pagepkgs.Source(src))
	if err != nil {
		var le *lower.Error
		var te *typecheck.Error
		if errors.As(err, &le) || errors.As(err, &te) {
			return nil, compileError{err.Error()}
		}
		return nil, err
	}
	return out, nil
}

// checkImports refuses, at their positions, the imports of packages the
// page does not carry (internal/play/pagepkgs), and the names a program
// uses of a package the page carries in part (net.Dial; pagepkgs.Partial).
// A program that does not parse is left to the type checker, which reports
// it as the compiler does.
func checkImports(src []byte) error {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, pageFile, src, parser.SkipObjectResolution)
	if err != nil {
		return nil
	}
	var lines []string
	refuse := func(pos token.Pos, msg string) {
		p := fset.Position(pos)
		lines = append(lines, fmt.Sprintf("%s:%d:%d: %s", p.Filename, p.Line, p.Column, msg))
	}
	partial := map[string]string{} // local name → path
	for _, imp := range f.Imports {
		path, err := strconv.Unquote(imp.Path.Value)
		switch {
		case err != nil:
		case !pagepkgs.Available(path):
			refuse(imp.Path.Pos(), pagepkgs.Refusal(path))
		case pagepkgs.Partial[path] != nil:
			name := path[strings.LastIndex(path, "/")+1:]
			if imp.Name != nil {
				name = imp.Name.Name
			}
			partial[name] = path
		}
	}
	if len(partial) > 0 {
		ast.Inspect(f, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok {
				if x, ok := sel.X.(*ast.Ident); ok && partial[x.Name] != "" && !pagepkgs.Has(partial[x.Name], sel.Sel.Name) {
					refuse(sel.Sel.Pos(), pagepkgs.NameRefusal(partial[x.Name], sel.Sel.Name))
				}
			}
			return true
		})
	}
	if len(lines) == 0 {
		return nil
	}
	return compileError{strings.Join(lines, "\n")}
}
