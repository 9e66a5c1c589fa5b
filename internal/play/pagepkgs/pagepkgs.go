// Package pagepkgs lists the packages a program run in the reader's page may
// import: the in-page runner (the worker compiled to js/wasm) carries the
// interpreter's symbols and the type checker's export data of these packages
// only, which keeps the wasm small (yaegi with every standard package is
// 39.5 MB; see runner/worker/pagesyms). Every other import is refused before
// the program runs, with a message that says to use `go run`.
//
// The list holds the packages the book's runnable programs import and the
// ones readers commonly try; a package must exist in yaegi's standard
// symbols (third_party/yaegi/stdlib) or in runner/worker/symbols.
package pagepkgs

import (
	"fmt"
	"slices"
	"strings"
)

// Std are the standard packages, sorted.
var Std = []string{
	"bufio",
	"bytes",
	"cmp",
	"container/heap",
	"container/list",
	"container/ring",
	"context",
	"encoding/json",
	"errors",
	"fmt",
	"io",
	"io/fs",
	"io/ioutil",
	"log",
	"maps",
	"math",
	"math/bits",
	"math/rand",
	"math/rand/v2",
	"net",
	"os",
	"path",
	"path/filepath",
	"runtime",
	"runtime/pprof",
	"runtime/trace",
	"slices",
	"sort",
	"strconv",
	"strings",
	"sync",
	"sync/atomic",
	"testing",
	"testing/synctest",
	"text/tabwriter",
	"time",
	"unicode",
	"unicode/utf8",
}

// NoSymbols are standard packages the type checker knows but the
// interpreter needs no symbols for: iter's types are only used by range over
// functions, which the lowering rewrites (internal/lower/rangefunc.go).
var NoSymbols = []string{"iter"}

// Emulated are the packages whose page symbols the worker writes itself
// (runner/worker/signals_js.go): os/signal, and syscall, of which the page
// has what a program needs to send itself a signal (Partial).
var Emulated = []string{"os/signal", "syscall"}

// Module are the packages from the module's requirements.
var Module = []string{
	"golang.org/x/sync/errgroup",
	"golang.org/x/sync/semaphore",
}

// Partial are packages of Std the page carries in part: the names a page
// program may use, sorted. The others would pull in far more than the page
// needs, or cannot work in it: net's in-memory connection (net.Pipe, whose
// deadlines run on the virtual clock) is there, its network is not. The
// type checker knows the whole package; a program that names anything else
// is refused at that name (NameRefusal).
var Partial = map[string][]string{
	"net":     {"Addr", "Conn", "ErrClosed", "Error", "Pipe"},
	"syscall": {"Getpid", "Kill", "SIGALRM", "SIGCHLD", "SIGHUP", "SIGINT", "SIGKILL", "SIGPIPE", "SIGQUIT", "SIGTERM", "SIGTRAP", "SIGUSR1", "SIGUSR2", "Signal"},
}

// Has reports whether a page program may use path.name: every exported
// name of an available package, only the listed ones of a partial one.
func Has(path, name string) bool {
	names, partial := Partial[path]
	if !partial {
		return Available(path)
	}
	_, found := slices.BinarySearch(names, name)
	return found
}

// NameRefusal is the message for a name of a partial package that the page
// does not carry.
func NameRefusal(path, name string) string {
	pkg := path[strings.LastIndex(path, "/")+1:]
	return fmt.Sprintf("%s.%s is not available in the page (of package %s it has %s only); run it with go run", pkg, name, path, strings.Join(Partial[path], ", "))
}

// All is every package a page program may import, sorted.
func All() []string {
	all := slices.Concat(Std, NoSymbols, Emulated, Module)
	slices.Sort(all)
	return all
}

// Available reports whether a page program may import path.
func Available(path string) bool { return slices.Contains(All(), path) }

// Refusal is the message for an import the page cannot run.
func Refusal(path string) string {
	return fmt.Sprintf("package %s is not available in the page; run it with go run", path)
}
