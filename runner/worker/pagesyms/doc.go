// Package pagesyms holds the yaegi symbol tables of the standard packages a
// program run in the reader's page may import (internal/play/pagepkgs.Std),
// for the worker compiled to js/wasm. The native worker uses yaegi's
// stdlib.Symbols, every standard package: 39.5 MB of wasm, where these are
// about 12.
//
// The go1_26_*.go files and restricted.go are copies of yaegi's
// (third_party/yaegi/stdlib) with the package clause renamed, made by
// internal/copysyms; run go generate here after changing the list. The
// table of a package the page carries in part (pagepkgs.Partial: net) keeps
// the names listed there only.
// TestUpToDate fails when they differ from what copysyms would write.
// maptypes.go is maptypes.go of yaegi's stdlib restricted to these packages.
package pagesyms

import (
	"reflect"
	"sync"
)

// Symbols maps "import/path/name" to the package's exported symbols, in the
// form interp.Use expects. The packages' tables are built into it by Load.
var Symbols = map[string]map[string]reflect.Value{}

// Lazy holds, by the keys of Symbols, a function that builds a package's
// table (yaegi's stdlib.Lazy, copied): a Go instance of the page builds
// only the tables of what its program imports.
var Lazy = map[string]func() map[string]reflect.Value{}

var loadMu sync.Mutex

// Load builds into Symbols the tables of the packages whose keys keep
// accepts, every package if keep is nil, and returns Symbols.
func Load(keep func(key string) bool) map[string]map[string]reflect.Value {
	loadMu.Lock()
	defer loadMu.Unlock()
	for key, build := range Lazy {
		if _, built := Symbols[key]; built || keep != nil && !keep(key) {
			continue
		}
		Symbols[key] = build()
	}
	return Symbols
}

// MapTypes lists, for functions that take interface{} arguments, the
// interfaces they look for (fmt.Stringer for fmt.Println): yaegi wraps
// interpreted values in them.
var MapTypes = map[reflect.Value][]reflect.Type{}

func init() {
	Symbols["."] = map[string]reflect.Value{
		"MapTypes": reflect.ValueOf(MapTypes),
	}
}

//go:generate go run ./internal/copysyms
