// Package files computes the symbol files of runner/worker/pagesyms from
// yaegi's standard symbol files.
package files

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	pathpkg "path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ast/astutil"

	"github.com/concbook/concurrency/internal/play/pagepkgs"
)

// Generate returns the files of pagesyms that are copies, by name: the
// symbol file of each package of pagepkgs.Std and restricted.go (the
// restricted os.Exit and log.Fatal the symbols refer to), read from yaegi's
// stdlib folder.
func Generate(stdlibDir string) (map[string][]byte, error) {
	out := map[string][]byte{}
	names := []string{"restricted.go"}
	for _, p := range pagepkgs.Std {
		names = append(names, "go1_26_"+strings.ReplaceAll(p, "/", "_")+".go")
	}
	for _, name := range names {
		b, err := os.ReadFile(filepath.Join(stdlibDir, name))
		if err != nil {
			return nil, fmt.Errorf("the symbols of a page package: %w", err)
		}
		renamed := renamePackage(b)
		if bytes.Equal(renamed, b) {
			return nil, fmt.Errorf("%s: no line \"package stdlib\" to rename", name)
		}
		out[name] = renamed
	}
	for path, names := range pagepkgs.Partial {
		if slices.Contains(pagepkgs.Emulated, path) {
			continue // the worker writes its symbols
		}
		name := "go1_26_" + strings.ReplaceAll(path, "/", "_") + ".go"
		b, err := keepNames(out[name], names)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		out[name] = b
	}
	return out, nil
}

// keepNames keeps, of the symbol file src of a partial package
// (pagepkgs.Partial), the entries of the names given (and "_Name", the
// interface wrapper of an interface Name), drops the imports nothing uses
// any more, and formats the file.
func keepNames(src []byte, names []string) ([]byte, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", src, parser.ParseComments)
	if err != nil {
		return nil, err
	}
	kept := 0
	var table *ast.CompositeLit
	ast.Inspect(f, func(n ast.Node) bool {
		lit, ok := n.(*ast.CompositeLit)
		if !ok {
			return true
		}
		table = lit
		var elts []ast.Expr
		for _, e := range lit.Elts {
			kv, ok := e.(*ast.KeyValueExpr)
			if !ok {
				return true // not a symbol table
			}
			key, ok := kv.Key.(*ast.BasicLit)
			if !ok {
				return true
			}
			name, err := strconv.Unquote(key.Value)
			if err != nil {
				return true
			}
			if slices.Contains(names, strings.TrimPrefix(name, "_")) {
				elts = append(elts, e)
			}
		}
		kept += len(elts)
		lit.Elts = elts
		return false
	})
	if kept < len(names) {
		return nil, fmt.Errorf("kept %d symbols, want at least the %d names %v", kept, len(names), names)
	}
	// The table's comments would float among the entries kept.
	f.Comments = slices.DeleteFunc(f.Comments, func(c *ast.CommentGroup) bool {
		return c.Pos() > table.Pos() && c.End() < table.End()
	})
	used := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok {
				used[id.Name] = true
			}
		}
		return true
	})
	for _, imp := range slices.Clone(f.Imports) {
		path, _ := strconv.Unquote(imp.Path.Value)
		if !used[pathpkg.Base(path)] {
			astutil.DeleteImport(fset, f, path)
		}
	}
	var buf bytes.Buffer
	if err := format.Node(&buf, fset, f); err != nil {
		return nil, err
	}
	// The entries dropped leave blank lines in the table: close them up,
	// then align the entries kept.
	b := buf.Bytes()
	// (The table is built lazily: func() ... { return map...{ ... } }.)
	start := bytes.Index(b, []byte("reflect.Value{\n"))
	end := bytes.Index(b[start:], []byte("\n\t\t}\n"))
	if start < 0 || end < 0 {
		return nil, fmt.Errorf("no symbol table")
	}
	entries := b[start : start+end]
	for bytes.Contains(entries, []byte("\n\n")) {
		entries = bytes.ReplaceAll(entries, []byte("\n\n"), []byte("\n"))
	}
	return format.Source(slices.Concat(b[:start], entries, b[start+end:]))
}

// renamePackage renames the package clause "package stdlib", at the start
// of a line, to "package pagesyms".
func renamePackage(b []byte) []byte {
	if bytes.HasPrefix(b, []byte("package stdlib\n")) {
		return append([]byte("package pagesyms\n"), b[len("package stdlib\n"):]...)
	}
	return bytes.Replace(b, []byte("\npackage stdlib\n"), []byte("\npackage pagesyms\n"), 1)
}
