package engine

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Tracing a program (Request.Trace) records runtime/trace's execution trace
// of a virtual-clock run under the Go engine, for timelines
// (internal/timeline). The traced binary is the program's own, built with
// three changes that leave its output as it is:
//
//   - A generated file starts the runtime's tracer in init() with
//     runtime.StartTrace, when CONCBOOK_TRACE names the file to write. It
//     does not use runtime/trace.Start, whose reader goroutine would count in
//     runtime.NumGoroutine: the trace stays in memory until it stops.
//   - The trace stops, and is written, when main returns (a defer inserted
//     at the top of main's body, on main's first line, so that no line
//     moves) and before os.Exit (each call os.Exit(c) becomes
//     concbookExit(os.Exit, c), on the same line). A program that never gets
//     there (a deadlock, a panic in another goroutine, log.Fatal) is traced
//     by a second run told when its first run ended: CONCBOOK_TRACE_STOP, the
//     virtual time in Unix nanoseconds, arms a timer that stops the trace
//     then. This matters beyond the file: while the tracer runs, its
//     goroutines wake every virtual second, so the runtime never sees a
//     deadlock and the virtual clock never stops.
//   - The standard library's syscall.faketimeWrite, which frames every write
//     to stdout and stderr on the virtual clock, is given (go build -overlay)
//     an empty system call before the write, so that every write appears in
//     the trace as a goroutine's syscall event with its stack and time. The
//     runtime's own writes (a panic's message, a fatal error) do not go
//     through it.

const (
	// traceEnv names the file a traced program writes its trace to.
	traceEnv = "CONCBOOK_TRACE"
	// traceStopEnv is the virtual time, in Unix nanoseconds, at which a
	// traced program stops its trace if it is still running.
	traceStopEnv = "CONCBOOK_TRACE_STOP"
)

// traceFile is the generated file added to a traced program's package.
const traceFile = "zz_concbook_trace.go"

const traceSource = `package main

import (
	"os"
	"runtime"
	"strconv"
	"sync"
	"time"
)

var (
	concbookTraceOnce sync.Once
	concbookTraceFile string
)

// concbookStopTrace stops the trace and writes it, once.
func concbookStopTrace() {
	concbookTraceOnce.Do(func() {
		name := concbookTraceFile
		if name == "" {
			return
		}
		f, err := os.Create(name)
		done := make(chan struct{})
		go func() {
			defer close(done)
			for {
				b := runtime.ReadTrace()
				if b == nil {
					return
				}
				if err == nil {
					f.Write(b)
				}
			}
		}()
		runtime.StopTrace()
		<-done
		if err == nil {
			f.Close()
		}
	})
}

// concbookExit stops the trace, then exits.
func concbookExit(exit func(int), code int) {
	concbookStopTrace()
	exit(code)
}

// init takes the runner's settings out of the environment, which the
// program sees as go run gives it.
func init() {
	concbookTraceFile = os.Getenv("` + traceEnv + `")
	stop := os.Getenv("` + traceStopEnv + `")
	os.Unsetenv("` + traceEnv + `")
	os.Unsetenv("` + traceStopEnv + `")
	if concbookTraceFile == "" || runtime.StartTrace() != nil {
		concbookTraceFile = ""
		return
	}
	if ns, err := strconv.ParseInt(stop, 10, 64); err == nil {
		time.AfterFunc(time.Until(time.Unix(0, ns)), concbookStopTrace)
	}
}
`

// instrument inserts the trace's stops into a program's source: a deferred
// stop at the top of main's body, and a stop before each os.Exit. Every
// edit stays on its line, so positions in messages and tracebacks keep their
// line numbers.
func instrument(src []byte) ([]byte, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "main.go", src, parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	osName := ""
	for _, im := range f.Imports {
		if im.Path.Value != `"os"` {
			continue
		}
		osName = "os"
		if im.Name != nil {
			osName = im.Name.Name
		}
	}
	type edit struct {
		off  int
		del  int
		text string
	}
	var edits []edit
	tf := fset.File(f.Pos())
	foundMain := false
	for _, d := range f.Decls {
		fn, ok := d.(*ast.FuncDecl)
		if ok && fn.Recv == nil && fn.Name.Name == "main" && fn.Body != nil {
			edits = append(edits, edit{off: tf.Offset(fn.Body.Lbrace) + 1, text: "defer concbookStopTrace();"})
			foundMain = true
		}
	}
	if !foundMain {
		return nil, errors.New("no func main")
	}
	if osName != "" && osName != "_" && osName != "." {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "Exit" {
				return true
			}
			if x, ok := sel.X.(*ast.Ident); !ok || x.Name != osName {
				return true
			}
			edits = append(edits,
				edit{off: tf.Offset(sel.Pos()), text: "concbookExit("},
				edit{off: tf.Offset(call.Lparen), del: 1, text: ", "})
			return true
		})
	}
	sort.SliceStable(edits, func(i, j int) bool { return edits[i].off > edits[j].off })
	out := append([]byte(nil), src...)
	for _, e := range edits {
		out = append(out[:e.off], append([]byte(e.text), out[e.off+e.del:]...)...)
	}
	return out, nil
}

// The overlay's patch to syscall/time_fake.go: an empty system call before
// the framed write, which the tracer records with the goroutine's stack.
const (
	fakeWriteCall   = "\treturn int(runtimeWrite(uintptr(fd), unsafe.Pointer(pp), int32(len(p))))\n"
	fakeWriteMarked = "\truntime_entersyscall()\n\truntime_exitsyscall()\n" + fakeWriteCall
)

// traceOverlay writes, under cache, the overlay that marks the virtual
// clock's writes in the trace, for the running Go version, and returns the
// path of its JSON file for go build -overlay.
func traceOverlay(cache string) (string, error) {
	goroot := runtime.GOROOT()
	if out, err := goEnv("GOROOT"); err == nil && out != "" {
		goroot = out
	}
	orig := filepath.Join(goroot, "src", "syscall", "time_fake.go")
	src, err := os.ReadFile(orig)
	if err != nil {
		return "", fmt.Errorf("tracing: %w", err)
	}
	if bytes.Count(src, []byte(fakeWriteCall)) != 1 {
		return "", fmt.Errorf("tracing: %s is not as expected (Go %s): cannot mark writes in the trace", orig, runtime.Version())
	}
	patched := bytes.Replace(src, []byte(fakeWriteCall), []byte(fakeWriteMarked), 1)
	sum := sha256.Sum256(append([]byte(orig+"\n"), patched...))
	dir := filepath.Join(cache, "trace-overlay-"+hex.EncodeToString(sum[:])[:16])
	js := filepath.Join(dir, "overlay.json")
	if _, err := os.Stat(js); err == nil {
		return js, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	file := filepath.Join(dir, "time_fake.go")
	if err := os.WriteFile(file, patched, 0o644); err != nil {
		return "", err
	}
	data, err := json.Marshal(map[string]map[string]string{"Replace": {orig: file}})
	if err != nil {
		return "", err
	}
	tmp := js + ".tmp-" + randomToken()
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return "", err
	}
	return js, os.Rename(tmp, js)
}

// traceStopValue is CONCBOOK_TRACE_STOP for a stop at virtual time d.
func traceStopValue(d time.Duration) string {
	return strconv.FormatInt(fakeEpoch+int64(d), 10)
}

// ErrNotTraceable is wrapped by the error of a traced request for a program
// that cannot be traced: one on the real clock, one that starts processes
// (its children are not in the trace, and run on the real clock), one run by
// the yaegi engine (whose trace would show the interpreter).
var ErrNotTraceable = errors.New("not traceable")

// traceable says why req cannot be traced, or nil.
func traceable(req Request, children bool) error {
	switch {
	case req.Clock == ClockReal:
		return fmt.Errorf("%w: the program runs on the real clock", ErrNotTraceable)
	case req.Test:
		return fmt.Errorf("%w: the program is a test, run as go test runs it", ErrNotTraceable)
	case children:
		return fmt.Errorf("%w: the program starts processes", ErrNotTraceable)
	}
	return nil
}

var goEnvCache sync.Map

// goEnv is `go env NAME` of the go command that builds programs.
func goEnv(name string) (string, error) {
	if v, ok := goEnvCache.Load(name); ok {
		return v.(string), nil
	}
	out, err := exec.Command("go", "env", name).Output()
	if err != nil {
		return "", err
	}
	v := strings.TrimSpace(string(out))
	goEnvCache.Store(name, v)
	return v, nil
}
