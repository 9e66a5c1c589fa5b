package main

import (
	"go/parser"
	"go/token"
	"path"
	"strconv"
	"strings"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib/generic"
)

// Starting an interpreter with every package of the standard library costs
// more than running a small program: yaegi compiles the generic sources of
// cmp, maps and slices (stdlib/generic) whenever it is given fmt. The worker
// gives it only the packages the program imports (yaegi compiles only
// their generic sources), so hello, world starts in a fraction of the time.

// alwaysUsed are packages the interpreter rewires to the program's standard
// streams and arguments (yaegi's fixStdlib) whether or not it imports them.
var alwaysUsed = []string{"fmt", "os", "log", "flag"}

// yaegiPrefix begins the export paths that are hooks into yaegi.
const yaegiPrefix = "github.com/traefik/yaegi/"

// usedPackages returns the import paths the interpreter needs for src: the
// packages src imports, those the generic sources of these import, and
// alwaysUsed. ok is false when src's imports cannot be read; then every
// package must be given, and the compiler reports the error.
func usedPackages(src []byte) (pkgs map[string]bool, ok bool) {
	f, err := parser.ParseFile(token.NewFileSet(), "main.go", src, parser.ImportsOnly)
	if err != nil {
		return nil, false
	}
	pkgs = map[string]bool{}
	for _, p := range alwaysUsed {
		pkgs[p] = true
	}
	for _, spec := range f.Imports {
		p, err := strconv.Unquote(spec.Path.Value)
		if err != nil {
			return nil, false
		}
		pkgs[p] = true
	}
	// The generic sources come in an order where a package precedes
	// those importing it: walk them backwards to close over imports.
	for i := len(generic.Sources) - 1; i >= 0; i-- {
		g, err := parser.ParseFile(token.NewFileSet(), "", generic.Sources[i], parser.ImportsOnly)
		if err != nil || !pkgs[g.Name.Name] {
			continue
		}
		for _, spec := range g.Imports {
			if p, err := strconv.Unquote(spec.Path.Value); err == nil {
				pkgs[p] = true
			}
		}
	}
	return pkgs, true
}

// onlyPackages returns the entries of e for the packages pkgs, and those
// that are not packages but hooks into yaegi: "." (its interface wrappers'
// types) and yaegi's own paths (stdlib/unsafe's conversions to and from
// unsafe.Pointer).
func onlyPackages(e interp.Exports, pkgs map[string]bool) interp.Exports {
	keep := keepPackages(pkgs)
	out := interp.Exports{}
	for k, v := range e {
		if keep(k) {
			out[k] = v
		}
	}
	return out
}

// keepPackages tells the keys of symbol tables ("fmt/fmt") that a program
// importing pkgs needs, as onlyPackages keeps them; nil pkgs keeps every
// one (nil: the program's imports are not known).
func keepPackages(pkgs map[string]bool) func(key string) bool {
	if pkgs == nil {
		return nil
	}
	return func(k string) bool { return k == "." || strings.HasPrefix(k, yaegiPrefix) || pkgs[path.Dir(k)] }
}
