//go:build js

package main

import (
	"os"
	"reflect"
	"syscall"
	"syscall/js"

	signal "github.com/concbook/concurrency/runner/worker/pagesignal"
)

// Signals in the page. A page has no kernel to send a program signals, and
// Go's runtime for js/wasm has no queue for them, but a program may send
// one to itself, as the book's graceful shutdown does
// (syscall.Kill(os.Getpid(), syscall.SIGINT), standing in for Ctrl-C). The
// page's syscall.Kill delivers such a signal as the kernel, the Go runtime
// and os/signal do on Linux: to the channels of signal.Notify (the page's
// os/signal is runner/worker/pagesignal), with Linux's numbers and names
// (syscall_js.go as internal/playbuild patches it), and else with the
// signal's default action for a Go program: SIGCHLD is ignored; SIGINT,
// SIGTERM, SIGHUP, SIGUSR1, SIGUSR2, SIGALRM and SIGKILL end the program,
// which `go run` reports as "signal: interrupt" (the page's verdict reads
// globalThis.concbookSignaled). The default actions the page cannot give
// (SIGQUIT's dump of every goroutine, SIGTRAP's crash, SIGPIPE's rules)
// are refused as the program runs. The page's syscall package has these
// names only (internal/play/pagepkgs.Partial).

// Linux's numbers of the signals, which the page's syscall package has
// (syscall_js.go as internal/playbuild patches it; written here as
// numbers, so that the worker also builds for js without the patch).
const (
	sigHUP  = syscall.Signal(0x1)
	sigINT  = syscall.Signal(0x2)
	sigQUIT = syscall.Signal(0x3)
	sigTRAP = syscall.Signal(0x5)
	sigKILL = syscall.Signal(0x9)
	sigUSR1 = syscall.Signal(0xa)
	sigUSR2 = syscall.Signal(0xc)
	sigPIPE = syscall.Signal(0xd)
	sigALRM = syscall.Signal(0xe)
	sigTERM = syscall.Signal(0xf)
	sigCHLD = syscall.Signal(0x11)
)

// pageSyscall is the page's package syscall.
var pageSyscall = map[string]reflect.Value{
	"Getpid":  reflect.ValueOf(syscall.Getpid),
	"Kill":    reflect.ValueOf(pageKill),
	"SIGALRM": reflect.ValueOf(sigALRM),
	"SIGCHLD": reflect.ValueOf(sigCHLD),
	"SIGHUP":  reflect.ValueOf(sigHUP),
	"SIGINT":  reflect.ValueOf(sigINT),
	"SIGKILL": reflect.ValueOf(sigKILL),
	"SIGPIPE": reflect.ValueOf(sigPIPE),
	"SIGQUIT": reflect.ValueOf(sigQUIT),
	"SIGTERM": reflect.ValueOf(sigTERM),
	"SIGTRAP": reflect.ValueOf(sigTRAP),
	"SIGUSR1": reflect.ValueOf(sigUSR1),
	"SIGUSR2": reflect.ValueOf(sigUSR2),
	"Signal":  reflect.ValueOf((*syscall.Signal)(nil)),
}

// pageSignal is the page's package os/signal.
var pageSignal = map[string]reflect.Value{
	"Ignore":        reflect.ValueOf(signal.Ignore),
	"Ignored":       reflect.ValueOf(signal.Ignored),
	"Notify":        reflect.ValueOf(signal.Notify),
	"NotifyContext": reflect.ValueOf(signal.NotifyContext),
	"Reset":         reflect.ValueOf(signal.Reset),
	"Stop":          reflect.ValueOf(signal.Stop),
}

// pageKill is syscall.Kill in the page: the program's own process (its
// pid, or 0: its process group) is the only one there is.
func pageKill(pid int, sig syscall.Signal) error {
	if pid != syscall.Getpid() && pid != 0 {
		return syscall.ESRCH
	}
	if sig == 0 {
		return nil // "does it exist?"
	}
	if sig != sigKILL {
		if delivered, ignored := signal.Send(sig); delivered || ignored {
			return nil
		}
	}
	switch sig {
	case sigCHLD:
		return nil
	case sigINT, sigTERM, sigHUP, sigUSR1, sigUSR2, sigALRM, sigKILL:
		js.Global().Set("concbookSignaled", sig.String())
		os.Exit(1)
	}
	panic(Unsupported("unsupported: the page cannot give " + signalName(sig) + " its default action: run the program with go run"))
}

// signalName is sig as Go's documentation names it (SIGQUIT).
func signalName(sig syscall.Signal) string {
	switch sig {
	case sigQUIT:
		return "SIGQUIT"
	case sigTRAP:
		return "SIGTRAP"
	case sigPIPE:
		return "SIGPIPE"
	}
	return sig.String()
}
