//go:build js

package main

import (
	"errors"
	"fmt"
	"go/parser"
	"go/token"
	"sort"
	"strconv"
	"strings"
	"syscall/js"

	"github.com/concbook/concurrency/internal/lower"
	"github.com/concbook/concurrency/internal/play/pagepkgs"
	"github.com/concbook/concurrency/internal/typecheck"
)

// pageFile is the name a page program has in its messages: errors read
// "prog.go:3:2: ...".
const pageFile = "prog.go"

// serve registers the page's functions on globalThis.concbook and waits
// for calls.
func serve() {
	js.Global().Set("concbook", js.ValueOf(map[string]any{
		"prepare": js.FuncOf(func(_ js.Value, args []js.Value) any {
			return prepareJS(args[0].String())
		}),
		"verdict": js.FuncOf(func(_ js.Value, args []js.Value) any {
			out := make([]byte, args[0].Get("length").Int())
			js.CopyBytesToGo(out, args[0])
			v := judge(out, args[1].Int(), args[2].Bool(), args[3].String(), args[4].String())
			return js.ValueOf(map[string]any{"verdict": v.Verdict, "report": v.Report, "output": v.Output})
		}),
	}))
	select {}
}

// prepareJS is prepare's answer as a JS object: {source} for a program
// that compiles, {compileError} with the compiler's lines for one that does
// not, {error} when the runner failed.
func prepareJS(src string) any {
	out, err := prepare([]byte(src))
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
// as the engine does for the command line (internal/engine/prepare.go).
func prepare(src []byte) ([]byte, error) {
	if err := checkImports(src); err != nil {
		return nil, err
	}
	out, err := lower.Program("main.go", append([]byte("//line "+pageFile+":1:1\n"), src...))
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
// page does not carry (internal/play/pagepkgs). A program that does not
// parse is left to the type checker, which reports it as the compiler does.
func checkImports(src []byte) error {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, pageFile, src, parser.ImportsOnly)
	if err != nil {
		return nil
	}
	var lines []string
	for _, imp := range f.Imports {
		path, err := strconv.Unquote(imp.Path.Value)
		if err != nil || pagepkgs.Available(path) {
			continue
		}
		pos := fset.Position(imp.Path.Pos())
		lines = append(lines, fmt.Sprintf("%s:%d:%d: %s", pageFile, pos.Line, pos.Column, pagepkgs.Refusal(path)))
	}
	if len(lines) == 0 {
		return nil
	}
	sort.Strings(lines)
	return compileError{strings.Join(lines, "\n")}
}
