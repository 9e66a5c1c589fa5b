package typecheck

import (
	"errors"
	"fmt"
	"go/ast"
	"go/scanner"
	"go/token"
	"go/types"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxErrors is how many errors the compiler prints before it gives up with
// "too many errors".
const maxErrors = 10

// Diagnostic is one compile error.
type Diagnostic struct {
	Pos token.Position // honours //line directives
	Msg string
}

func (d Diagnostic) String() string { return fmt.Sprintf("%s: %s", d.Pos, d.Msg) }

// Error is a program that does not compile: its errors, one a line, as the
// compiler prints them.
type Error struct {
	Diagnostics []Diagnostic
}

func (e *Error) Error() string {
	lines := make([]string, len(e.Diagnostics))
	for i, d := range e.Diagnostics {
		lines[i] = d.String()
	}
	return strings.Join(lines, "\n")
}

// errorList collects errors as the compiler does (cmd/compile/internal/base):
// one of several equal messages on a line, and at the tenth error the ten
// sorted by position, then "too many errors" at the tenth's position.
type errorList struct {
	list    []Diagnostic
	tooMany *Diagnostic
}

// add adds an error of go/types on f, where the compiler reports it
// (compilerPos).
func (l *errorList) add(fset *token.FileSet, f *ast.File, err error) {
	var te types.Error
	if !errors.As(err, &te) {
		l.addAt(token.Position{}, err.Error())
		return
	}
	te = compilerPos(f, te)
	l.addAt(fset.Position(te.Pos), te.Msg)
}

func (l *errorList) addAt(pos token.Position, msg string) {
	if l.tooMany != nil {
		return
	}
	if n := len(l.list); n > 0 {
		last := l.list[n-1]
		if last.Pos.Filename == pos.Filename && last.Pos.Line == pos.Line && last.Msg == msg {
			return
		}
	}
	l.list = append(l.list, Diagnostic{Pos: pos, Msg: msg})
	if len(l.list) >= maxErrors {
		l.tooMany = &Diagnostic{Pos: pos, Msg: "too many errors"}
	}
}

// checkMain reports what the linker would: a main package without func main.
func (l *errorList) checkMain(fset *token.FileSet, f *ast.File, pkg *types.Package) {
	if f.Name.Name != "main" {
		l.addAt(fset.Position(f.Name.Pos()), "package "+f.Name.Name+" is not a main package")
		return
	}
	if fn, ok := pkg.Scope().Lookup("main").(*types.Func); !ok || fn == nil {
		l.addAt(token.Position{Filename: "runtime.main_main·f"}, "function main is undeclared in the main package")
	}
}

// checkTests reports what go test would of a test file of package main:
// a TestXxx function with another signature than func(*testing.T), and a
// file without tests.
func (l *errorList) checkTests(fset *token.FileSet, f *ast.File, pkg *types.Package) {
	if f.Name.Name != "main" {
		l.addAt(fset.Position(f.Name.Pos()), "package "+f.Name.Name+" is not a main package (a test program is package main)")
		return
	}
	tests := 0
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv != nil || !IsTestName(fd.Name.Name, "Test") || fd.Name.Name == "TestMain" {
			continue
		}
		tests++
		sig := pkg.Scope().Lookup(fd.Name.Name).Type().(*types.Signature)
		if sig.TypeParams().Len() > 0 || sig.Results().Len() != 0 || sig.Params().Len() != 1 || !isTestingT(sig.Params().At(0).Type()) {
			l.addAt(fset.Position(fd.Name.Pos()), "wrong signature for "+fd.Name.Name+", must be: func "+fd.Name.Name+"(t *testing.T)")
		}
	}
	if tests == 0 {
		l.addAt(fset.Position(f.Name.Pos()), "a test program has no TestXxx function: go test would run no test")
	}
}

// IsTestName reports whether name is prefix followed by nothing or by a
// character that is not a lower-case letter, as go test finds its Test,
// Example, Fuzz and Benchmark functions.
func IsTestName(name, prefix string) bool {
	if !strings.HasPrefix(name, prefix) {
		return false
	}
	rest := name[len(prefix):]
	if rest == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return !unicode.IsLower(r)
}

// isTestingT reports whether t is *testing.T.
func isTestingT(t types.Type) bool {
	ptr, ok := t.(*types.Pointer)
	if !ok {
		return false
	}
	named, ok := ptr.Elem().(*types.Named)
	return ok && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == "testing" && named.Obj().Name() == "T"
}

// err returns the errors sorted by position, or nil.
func (l *errorList) err() error {
	if len(l.list) == 0 {
		return nil
	}
	ds := append([]Diagnostic(nil), l.list...)
	sort.SliceStable(ds, func(i, j int) bool { return before(ds[i].Pos, ds[j].Pos) })
	out := ds[:0]
	for i, d := range ds {
		if i == 0 || d != ds[i-1] {
			out = append(out, d)
		}
	}
	if l.tooMany != nil {
		out = append(out, *l.tooMany)
	}
	return &Error{Diagnostics: out}
}

func before(a, b token.Position) bool {
	if a.Filename != b.Filename {
		return a.Filename < b.Filename
	}
	if a.Line != b.Line {
		return a.Line < b.Line
	}
	return a.Column < b.Column
}

// syntaxErrors converts the parser's errors, which come sorted and one a
// line, with the compiler's "syntax error: " prefix.
func syntaxErrors(list scanner.ErrorList) error {
	var l errorList
	for _, e := range list {
		l.addAt(e.Pos, "syntax error: "+e.Msg)
	}
	return l.err()
}
