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
// with its status, which the page shows as `exit status N`; and the page's
// syscall and os/signal, whose Kill delivers a signal to the program
// itself (signals_js.go).
func platformSymbols(keep func(key string) bool) []interp.Exports {
	return []interp.Exports{pagesyms.Load(keep), {"os/os": {"Exit": reflect.ValueOf(os.Exit)}, "syscall/syscall": pageSyscall, "os/signal/signal": pageSignal}}
}
