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

import "reflect"

// Symbols maps "import/path/name" to the package's exported symbols, in the
// form interp.Use expects.
var Symbols = map[string]map[string]reflect.Value{}

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
