//go:build !js

package typecheck

import (
	"bytes"
	"fmt"
	"go/types"
	"os"

	"golang.org/x/tools/go/gcexportdata"
)

// NewFor returns a checker of the module at root that imports packages as
// built for goos and goarch, with go build's overlay (-overlay) if it is
// not "": the export data generator of the in-page runner (js/wasm), whose
// standard packages are patched, uses one.
func NewFor(root, goos, goarch, overlay string) *Checker {
	c := New(root)
	c.exports.env = append(os.Environ(), "GOOS="+goos, "GOARCH="+goarch, "CGO_ENABLED=0")
	if overlay != "" {
		c.exports.env = append(c.exports.env, "GOFLAGS=-overlay="+overlay)
	}
	return c
}

// Import returns the package path as the checker imports it, from its
// export data.
func (c *Checker) Import(path string) (*types.Package, error) {
	if err := c.exports.ensure([]string{path}); err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.imp.Import(path)
}

// Deps are the packages path imports, directly or not, as go list lists
// them.
func (c *Checker) Deps(path string) ([]string, error) {
	if err := c.exports.ensure([]string{path}); err != nil {
		return nil, err
	}
	c.exports.mu.Lock()
	defer c.exports.mu.Unlock()
	return c.exports.deps[path], nil
}

// Bundle returns the export data of the packages paths, in the bundle
// format that the js/wasm build of this package reads (bundle.go).
func (c *Checker) Bundle(paths []string) ([]byte, error) {
	var pkgs []BundlePackage
	for _, p := range paths {
		pkg, err := c.Import(p)
		if err != nil {
			return nil, fmt.Errorf("importing %s: %w", p, err)
		}
		deps, err := c.Deps(p)
		if err != nil {
			return nil, err
		}
		var data bytes.Buffer
		c.mu.Lock()
		err = gcexportdata.Write(&data, c.fset, pkg)
		c.mu.Unlock()
		if err != nil {
			return nil, fmt.Errorf("writing the export data of %s: %w", p, err)
		}
		pkgs = append(pkgs, BundlePackage{Path: p, Deps: deps, Data: data.Bytes()})
	}
	return EncodeBundle(pkgs), nil
}
