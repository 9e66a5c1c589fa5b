//go:build js

package main

import (
	"os"
	"reflect"

	"github.com/traefik/yaegi/interp"

	"github.com/concbook/concurrency/runner/worker/pagesyms"
)

// platformSymbols are the packages a program run in the page may import
// (internal/play/pagepkgs), os.Exit unrestricted: it ends the Go instance
// with its status, which the page shows as `exit status N`.
func platformSymbols(keep func(key string) bool) []interp.Exports {
	return []interp.Exports{pagesyms.Load(keep), {"os/os": {"Exit": reflect.ValueOf(os.Exit)}}}
}
