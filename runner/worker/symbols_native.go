//go:build !js

package main

import (
	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
	"github.com/traefik/yaegi/stdlib/syscall"
	"github.com/traefik/yaegi/stdlib/unrestricted"
	"github.com/traefik/yaegi/stdlib/unsafe"
)

// platformSymbols are the packages a program run by the command-line runner
// may import: the whole standard library, with os.Exit, os/exec, syscall and
// unsafe unrestricted. Of the standard library's tables, only those keep
// accepts are built (nil: all; stdlib.Load).
func platformSymbols(keep func(key string) bool) []interp.Exports {
	return []interp.Exports{stdlib.Load(keep), unrestricted.Symbols, syscall.Symbols, unsafe.Symbols}
}
