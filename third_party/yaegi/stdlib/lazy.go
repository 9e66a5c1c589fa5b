package stdlib

import (
	"reflect"
	"sync"
)

// Lazy holds, by the keys of Symbols ("fmt/fmt": the import path and the
// package name), a function that builds a standard package's table. The
// generated files register these (yaegi extract -lazy) instead of filling
// Symbols as the program starts: building every table took most of an
// interpreter's start (tens of milliseconds, thousands of reflect.Values),
// and a host that knows what a program imports builds only those (Load).
var Lazy = map[string]func() map[string]reflect.Value{}

var loadMu sync.Mutex

// Load builds into Symbols the tables of the packages whose keys keep
// accepts, every package if keep is nil, and returns Symbols. A table is
// built once; Load may be called again for more packages.
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
