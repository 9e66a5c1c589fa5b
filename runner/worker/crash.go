package main

import (
	"fmt"
	"io"
	"math"
	"os"
	"reflect"
	"regexp"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
)

// A program crashes like compiled Go when a panic reaches the top of a
// goroutine. The lowering (internal/lower) puts
//
//	defer func() { if r := recover(); r != nil { __rt.Crash(r) } }()
//
// at the top of main and of every goroutine; Crash prints the panic as the Go
// runtime does, "panic: VALUE", a blank line and the goroutine's header and
// frames, and exits with status 2. The frames are the interpreted ones, which
// yaegi reports as the panic unwinds (frameRecorder): the interpreter's own
// never reach the output.

// framePattern matches the line yaegi prints for each interpreted frame that
// a panic unwinds: "prog.go:7:3: panic: main.work(...)".
var framePattern = regexp.MustCompile(`^(\S+):(\d+):\d+: panic: (\S+)\(\.\.\.\)\n?$`)

// frameRecorder is the interpreter's standard error: it keeps the frame lines
// of unwinding panics, per goroutine, and passes everything else through.
type frameRecorder struct {
	out    io.Writer
	mu     sync.Mutex
	frames map[int64][]string
}

func newFrameRecorder(out io.Writer) *frameRecorder {
	return &frameRecorder{out: out, frames: map[int64][]string{}}
}

func (r *frameRecorder) Write(b []byte) (int, error) {
	m := framePattern.FindSubmatch(b)
	if m == nil {
		return r.out.Write(b)
	}
	frame := fmt.Sprintf("%s(...)\n\t%s:%s", m[3], m[1], m[2])
	id := goroutineID()
	r.mu.Lock()
	if fs := r.frames[id]; len(fs) == 0 || fs[len(fs)-1] != frame {
		r.frames[id] = append(fs, frame)
	}
	r.mu.Unlock()
	return len(b), nil
}

func (r *frameRecorder) take(id int64) []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	fs := r.frames[id]
	delete(r.frames, id)
	return fs
}

// crasher implements __rt.Crash.
type crasher struct {
	once   sync.Mutex
	frames *frameRecorder
}

// Crash prints the panic value r as the Go runtime does and ends the process
// with exit status 2.
func (c *crasher) Crash(r any) {
	c.once.Lock() // a second panicking goroutine waits for the exit
	id := goroutineID()
	var b strings.Builder
	b.WriteString("panic: ")
	b.WriteString(panicValue(r))
	if e, ok := unwrap(r).(error); ok && strings.Contains(e.Error(), "nil pointer dereference") {
		b.WriteString("\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]")
	}
	fmt.Fprintf(&b, "\n\ngoroutine %d [running]:\n", id)
	for _, f := range c.frames.take(id) {
		b.WriteString(f)
		b.WriteString("\n")
	}
	os.Stderr.WriteString(b.String())
	debugStack()
	os.Exit(2)
}

// goroutineID reads the current goroutine's number from its stack header,
// "goroutine 7 [running]:".
func goroutineID() int64 {
	var buf [64]byte
	n := runtime.Stack(buf[:], false)
	s := strings.TrimPrefix(string(buf[:n]), "goroutine ")
	if i := strings.IndexByte(s, ' '); i > 0 {
		s = s[:i]
	}
	id, _ := strconv.ParseInt(s, 10, 64)
	return id
}

// unwrap returns the value behind a reflect.Value, which is how yaegi hands
// over some panic values.
func unwrap(v any) any {
	if rv, ok := v.(reflect.Value); ok && rv.IsValid() && rv.CanInterface() {
		return rv.Interface()
	}
	return v
}

// panicValue formats v as runtime.printpanicval does: the Error or String
// method's result, basic values as the print builtin prints them, named basic
// types as T(v), and anything else as (T) address.
func panicValue(v any) string {
	v = unwrap(v)
	switch x := v.(type) {
	case nil:
		return "panic called with nil argument (use runtime.PanicNilError)"
	case error:
		return indent(x.Error())
	case fmt.Stringer:
		return indent(x.String())
	case string:
		return indent(x)
	case float32:
		return printFloat(float64(x))
	case float64:
		return printFloat(x)
	case bool, int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64, uintptr:
		return fmt.Sprint(x)
	}
	rv := reflect.ValueOf(v)
	t := rv.Type()
	switch t.Kind() {
	case reflect.String:
		return fmt.Sprintf("%s(%q)", t, rv.String())
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return fmt.Sprintf("%s(%v)", t, v)
	case reflect.Float32, reflect.Float64:
		return fmt.Sprintf("%s(%s)", t, printFloat(rv.Float()))
	}
	return fmt.Sprintf("(%s) %p", t, &v)
}

// indent replaces each newline by a newline and a tab, as the runtime does so
// that a traceback stays unambiguous.
func indent(s string) string { return strings.ReplaceAll(s, "\n", "\n\t") }

// printFloat formats f as the print builtin does: +1.500000e+000.
func printFloat(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "+Inf"
	case math.IsInf(f, -1):
		return "-Inf"
	}
	s := strconv.FormatFloat(f, 'e', 6, 64) // 1.500000e+00
	mant, exp, _ := strings.Cut(s, "e")
	if !strings.HasPrefix(mant, "-") {
		mant = "+" + mant
	}
	sign, digits := exp[:1], exp[1:]
	for len(digits) < 3 {
		digits = "0" + digits
	}
	return mant + "e" + sign + digits
}

// debugStack prints the worker's own stack of a crash, interpreter frames
// and all, when CONCBOOK_WORKER_DEBUG is set: for whoever debugs the runner,
// never in a transcript.
func debugStack() {
	if os.Getenv("CONCBOOK_WORKER_DEBUG") != "" {
		os.Stderr.Write(debug.Stack())
	}
}
