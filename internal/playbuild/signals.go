package playbuild

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
)

// Signals. On js/wasm, Go's syscall package numbers its six signals 1 to 6
// and names none of them ("signal 2"), and the runtime never delivers one.
// The page delivers a signal that a program sends itself (syscall.Kill of
// its own pid: runner/worker/signals_js.go) to the channels of
// signal.Notify, as the kernel and the runtime do on Linux, where the
// command line runs the book's programs, and with Linux's numbers. PatchSignalsJS gives
// syscall/syscall_js.go Linux's numbers and names, read from GOROOT's
// syscall/zerrors_linux_amd64.go, for the signals it has and for SIGHUP,
// SIGUSR1, SIGUSR2, SIGPIPE and SIGALRM; so "interrupt signal received" and
// a value of 15 read as on Linux.

// jsSignals are the signals syscall_js.go declares, in its order; extra
// the ones the patch adds.
var (
	jsSignals    = []string{"SIGCHLD", "SIGINT", "SIGKILL", "SIGTRAP", "SIGQUIT", "SIGTERM"}
	extraSignals = []string{"SIGHUP", "SIGUSR1", "SIGUSR2", "SIGPIPE", "SIGALRM"}
)

var (
	// jsSignalConsts is syscall_js.go's block of signal constants.
	jsSignalConsts = regexp.MustCompile(`(?s)\nconst \(\n\t_ Signal = iota\n(.*?)\n\)\n`)
	// jsSignalNames is its table of names, empty.
	jsSignalNames = regexp.MustCompile(`\nvar signals = \[\.\.\.\]string\{\}\n`)
	// linuxSignal is a signal's number on Linux, linuxSignalNames the
	// table of names by number.
	linuxSignal      = regexp.MustCompile(`(?m)^\t(SIG[A-Z0-9]+)\s+= Signal\((0x[0-9a-f]+)\)$`)
	linuxSignalNames = regexp.MustCompile(`(?s)\nvar signals = \[\.\.\.\]string\{\n(.*?)\n\}\n`)
)

// PatchSignalsJS rewrites the signals of the text of js/wasm's
// syscall/syscall_js.go with Linux's numbers and names, from the text of
// syscall/zerrors_linux_amd64.go. It fails, rather than build a runner
// that names signals otherwise, when either file no longer has the shape
// it expects.
func PatchSignalsJS(syscallJS, zerrorsLinux []byte) ([]byte, error) {
	fail := func(what string) ([]byte, error) {
		return nil, fmt.Errorf("syscall's signals: %s: the Go release changed the file; update internal/playbuild/signals.go", what)
	}
	numbers := map[string]string{}
	for _, m := range linuxSignal.FindAllSubmatch(zerrorsLinux, -1) {
		numbers[string(m[1])] = string(m[2])
	}
	names := linuxSignalNames.FindSubmatch(zerrorsLinux)
	if names == nil || !bytes.Contains(names[1], []byte(`2:  "interrupt",`)) {
		return fail("zerrors_linux_amd64.go has no table of signal names")
	}
	consts := jsSignalConsts.FindSubmatchIndex(syscallJS)
	if consts == nil {
		return fail("syscall_js.go has no block of signal constants")
	}
	if got := strings.Fields(string(syscallJS[consts[2]:consts[3]])); strings.Join(got, " ") != strings.Join(jsSignals, " ") {
		return fail(fmt.Sprintf("syscall_js.go declares the signals %v, not %v", got, jsSignals))
	}
	var block bytes.Buffer
	block.WriteString("\nconst (\n")
	for _, name := range append(append([]string(nil), jsSignals...), extraSignals...) {
		n, ok := numbers[name]
		if !ok {
			return fail("zerrors_linux_amd64.go has no " + name)
		}
		fmt.Fprintf(&block, "\t%s = Signal(%s)\n", name, n)
	}
	block.WriteString(")\n")
	out := bytes.Join([][]byte{syscallJS[:consts[0]], block.Bytes(), syscallJS[consts[1]:]}, nil)
	loc := jsSignalNames.FindIndex(out)
	if loc == nil {
		return fail("syscall_js.go has no empty table of signal names")
	}
	table := "\nvar signals = [...]string{\n" + string(names[1]) + "\n}\n"
	return bytes.Join([][]byte{out[:loc[0]], []byte(table), out[loc[1]:]}, nil), nil
}
