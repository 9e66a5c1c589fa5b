package typecheck

import (
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
)

// GoVersion is the language version programs are checked against.
const GoVersion = "go1.26"

// Program is a program that type-checks.
type Program struct {
	Fset *token.FileSet
	File *ast.File
	Src  []byte
	Pkg  *types.Package
	Info *types.Info
	// Imports are the import paths of the file.
	Imports []string

	checker *Checker
	test    bool // checked as a test file (CheckTest)
}

// Recheck type-checks src, a rewriting of the program's source, as the
// program was checked: by the same checker, under the same file name, as a
// test file if the program was one.
func (p *Program) Recheck(src []byte) (*Program, error) {
	return p.checker.check(p.Fset.File(p.File.Pos()).Name(), src, p.test)
}

// DependsOn reports whether the program imports the package path, directly
// or through the packages it imports.
func (p *Program) DependsOn(path string) bool {
	return p.checker.exports.dependsOn(p.Imports, path)
}

// Checker type-checks programs. It keeps the export data and the packages
// it imported for the next programs; it is safe for concurrent use (checks
// run one at a time, each takes about a millisecond).
type Checker struct {
	exports exportFiles
	mu      sync.Mutex
	fset    *token.FileSet
	imp     types.Importer
}

// New returns a checker that resolves imports in the module at root.
func New(root string) *Checker {
	c := &Checker{exports: exportFiles{dir: root}, fset: token.NewFileSet()}
	c.imp = c.exports.importer(c.fset)
	return c
}

var (
	defaultOnce    sync.Once
	defaultChecker *Checker
)

// Check type-checks src with the checker of the module this package was
// built from (see Checker.Check).
func Check(filename string, src []byte) (*Program, error) {
	return moduleChecker().Check(filename, src)
}

// moduleChecker is the checker of the module this package was built from.
func moduleChecker() *Checker {
	defaultOnce.Do(func() {
		_, file, _, _ := runtime.Caller(0) // .../internal/typecheck/check.go
		defaultChecker = New(filepath.Dir(filepath.Dir(filepath.Dir(file))))
	})
	return defaultChecker
}

// Check parses and type-checks the program src as package main of Go 1.26.
// A program with errors returns an *Error listing them as the compiler
// does; another error means the check could not be made.
func (c *Checker) Check(filename string, src []byte) (*Program, error) {
	return c.check(filename, src, false)
}

// CheckTest type-checks src as a test file of package main, as go test
// (go vet's tests check and the test binary's generated main) would: it
// needs no func main, and its TestXxx functions take a *testing.T.
func (c *Checker) CheckTest(filename string, src []byte) (*Program, error) {
	return c.check(filename, src, true)
}

// CheckTest type-checks a test file with the checker of the module this
// package was built from (see Checker.CheckTest).
func CheckTest(filename string, src []byte) (*Program, error) {
	return moduleChecker().CheckTest(filename, src)
}

func (c *Checker) check(filename string, src []byte, test bool) (*Program, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	f, err := parser.ParseFile(c.fset, filename, src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		if list, ok := err.(scanner.ErrorList); ok {
			return nil, syntaxErrors(list)
		}
		return nil, err
	}
	var imports []string
	for _, s := range f.Imports {
		if p, err := strconv.Unquote(s.Path.Value); err == nil {
			imports = append(imports, p)
		}
	}
	if err := c.exports.ensure(imports); err != nil {
		return nil, err
	}
	info := &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		Scopes:       map[ast.Node]*types.Scope{},
		Instances:    map[*ast.Ident]types.Instance{},
		FileVersions: map[*ast.File]string{},
	}
	var errs errorList
	conf := types.Config{
		GoVersion: GoVersion,
		Importer:  c.imp,
		Sizes:     types.SizesFor("gc", "amd64"),
		Error:     func(err error) { errs.add(c.fset, f, err) },
	}
	pkg, _ := conf.Check("main", c.fset, []*ast.File{f}, info)
	if len(errs.list) == 0 && test {
		errs.checkTests(c.fset, f, pkg)
	} else if len(errs.list) == 0 {
		errs.checkMain(c.fset, f, pkg)
	}
	if err := errs.err(); err != nil {
		return nil, err
	}
	return &Program{Fset: c.fset, File: f, Src: src, Pkg: pkg, Info: info, Imports: imports, checker: c, test: test}, nil
}
