//go:build js

package typecheck

import (
	"bytes"
	"fmt"
	"go/token"
	"go/types"
	"slices"
	"sync"

	"golang.org/x/tools/go/gcexportdata"
)

// In the page (js/wasm) there is no go list: the export data of the
// packages a page program may import comes from the bundle embedded at
// build time (exportBundle, in exportdata_js.go, which the site build
// replaces through go build -overlay; see bundle.go).

type exportFiles struct {
	dir  string // unused in the page
	once sync.Once
	err  error
	data map[string][]byte
	deps map[string][]string

	mu   sync.Mutex
	pkgs map[string]*types.Package
}

func (e *exportFiles) load() error {
	e.once.Do(func() {
		if exportBundle == "" {
			e.err = fmt.Errorf("this build has no export data: build it with the site (go run ./site)")
			return
		}
		pkgs, err := DecodeBundle([]byte(exportBundle))
		if err != nil {
			e.err = err
			return
		}
		e.data, e.deps = map[string][]byte{}, map[string][]string{}
		for _, p := range pkgs {
			e.data[p.Path] = p.Data
			e.deps[p.Path] = p.Deps
		}
	})
	return e.err
}

// ensure checks that the bundle can be read; a path it lacks is reported
// by the type checker as an import it cannot find.
func (e *exportFiles) ensure(paths []string) error { return e.load() }

func (e *exportFiles) importer(fset *token.FileSet) types.Importer {
	return importerFunc(func(path string) (*types.Package, error) {
		if err := e.load(); err != nil {
			return nil, err
		}
		e.mu.Lock()
		defer e.mu.Unlock()
		if e.pkgs == nil {
			e.pkgs = map[string]*types.Package{}
		}
		if p := e.pkgs[path]; p != nil && p.Complete() {
			return p, nil
		}
		data, ok := e.data[path]
		if !ok {
			return nil, fmt.Errorf("package %s is not available in the page", path)
		}
		return gcexportdata.Read(bytes.NewReader(data), fset, e.pkgs, path)
	})
}

// dependsOn reports whether any of the packages paths is or imports, directly
// or not, the package dep.
func (e *exportFiles) dependsOn(paths []string, dep string) bool {
	if e.load() != nil {
		return false
	}
	for _, p := range paths {
		if p == dep || slices.Contains(e.deps[p], dep) {
			return true
		}
	}
	return false
}

// importerFunc is a function that implements types.Importer.
type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }
