package main

import (
	"fmt"
	"math"
	"os"
	"reflect"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"

	"github.com/traefik/yaegi/interp"
)

// A program crashes like compiled Go when a panic reaches the top of a
// goroutine. The lowering (internal/lower) puts
//
//	defer func() { if r := recover(); r != nil { __rt.Crash(r) } }()
//
// at the top of main and of every goroutine; Crash prints the panic as the Go
// runtime does, "panic: VALUE", a blank line, the goroutine's header, its
// frames and where it was created, and exits with status 2:
//
//	goroutine 19 [running]:
//	main.work(...)
//		/src/prog.go:10
//	main.main.func1()
//		/src/prog.go:17 +0x0
//	created by main.main in goroutine 1
//		/src/prog.go:16 +0x0
//
// The frames are the interpreted ones that the panic unwound, which yaegi
// reports (interp.Options.PanicFrames) with the position each was running
// and where its function is declared; the lowering's table (internal/lower's
// funcnames.go, comments at the end of the program) gives the function's Go
// name. Frames of functions that are not the program's own (the lowering's
// helpers, the interpreter's and the runtime's) are not printed. As Go
// prints them, a function without receiver and parameters is name() and the
// others name(...), without the arguments, which are not the program's
// values; the program counter offsets Go prints, +0x0 here, cannot be
// matched either (transcripts skip a traceback's frames).

// frameRecorder keeps the frames of each goroutine's panic, as the
// interpreter reports them: the panic being unwound, and the last one that
// recover stopped (the crash handler recovers before it crashes). A panic
// raised by a deferred call, while another unwinds or was recovered by that
// call, has the other's frames under its own, up to the frame that
// deferred the call: they are still on the stack, as Go's traceback shows.
//
// It keeps, with the frames, the earlier panics that such a deferred call
// raised its own over (interp.Options.PanicLinks), which Go prints above
// the last one: "panic: A [recovered]", then "\tpanic: B". They go when a
// panic starts afresh, with no frame of the goroutine's last one.
type frameRecorder struct {
	names     map[string]funcName // by the position of the function's func keyword
	mu        sync.Mutex
	unwinding map[int64][]*interp.Frame
	recovered map[int64][]*interp.Frame
	links     map[int64][]panicLink
}

// panicLink is an earlier panic under the goroutine's last one.
type panicLink struct {
	value     any
	recovered bool
}

// funcName is a function of the program as a traceback names it.
type funcName struct {
	name string
	args string // "()" or "(...)"
}

// funcNamePrefix starts each comment of the lowering's table of names.
const funcNamePrefix = "//concbook:func\t"

func newFrameRecorder() *frameRecorder {
	return &frameRecorder{names: map[string]funcName{}, unwinding: map[int64][]*interp.Frame{}, recovered: map[int64][]*interp.Frame{}, links: map[int64][]panicLink{}}
}

// readNames reads the lowering's table of the program's functions from the
// lowered source.
func (r *frameRecorder) readNames(src []byte) {
	for _, line := range strings.Split(string(src), "\n") {
		rest, ok := strings.CutPrefix(line, funcNamePrefix)
		if !ok {
			continue
		}
		f := strings.SplitN(rest, "\t", 3)
		if len(f) == 3 {
			r.names[f[2]] = funcName{name: f[0], args: f[1]}
		}
	}
}

// report records a frame a panic unwinds in the calling goroutine, or,
// given nil, that recover stopped its panic.
func (r *frameRecorder) report(f *interp.Frame) {
	id := goroutineID()
	r.mu.Lock()
	defer r.mu.Unlock()
	if f == nil {
		r.recovered[id] = r.unwinding[id]
		delete(r.unwinding, id)
		return
	}
	fs := r.unwinding[id]
	// The frame reported again after one of its deferred calls panicked:
	// the frames since are the new panic's, over those of the panic the
	// frame was unwinding or that the call recovered.
	for i := len(fs) - 1; i >= 0; i-- {
		if sameFrame(fs[i], f) {
			r.unwinding[id] = append(append([]*interp.Frame{}, fs[i+1:]...), fs[:i+1]...)
			return
		}
	}
	if rs := r.recovered[id]; len(rs) > 0 && sameFrame(rs[len(rs)-1], f) {
		r.unwinding[id] = append(fs, rs...)
		delete(r.recovered, id)
		return
	}
	if len(fs) == 0 {
		delete(r.links, id) // a panic of its own, not raised over another
	}
	r.unwinding[id] = append(fs, f)
}

// link records that the calling goroutine panicked with next while prev
// unwound, or after recover had stopped prev in the same deferred call.
// A recovered value panicked again is not a link: the crash says
// "[recovered, repanicked]" of it instead (Repanicked).
func (r *frameRecorder) link(prev, next any, recovered bool) {
	if recovered && SameValue(Unbox(prev), Unbox(next)) {
		return
	}
	id := goroutineID()
	r.mu.Lock()
	r.links[id] = append(r.links[id], panicLink{value: prev, recovered: recovered})
	r.mu.Unlock()
}

// takeLinks returns, and forgets, the earlier panics under the last one
// of the goroutine id, as the runtime prints them before it.
func (r *frameRecorder) takeLinks(id int64) string {
	r.mu.Lock()
	ls := r.links[id]
	delete(r.links, id)
	r.mu.Unlock()
	var b strings.Builder
	for _, l := range ls {
		b.WriteString("panic: ")
		b.WriteString(panicValue(Unbox(l.value)))
		if l.recovered {
			b.WriteString(" [recovered]")
		}
		b.WriteString("\n\t")
	}
	return b.String()
}

// sameFrame reports whether a and b are reports of one call.
func sameFrame(a, b *interp.Frame) bool {
	return a.Same(b)
}

// take returns the program's frames of the panic of the goroutine id, as a
// traceback prints them: the one being unwound, else the one last
// recovered.
func (r *frameRecorder) take(id int64) []string {
	r.mu.Lock()
	fs := r.unwinding[id]
	if len(fs) == 0 {
		fs = r.recovered[id]
	}
	delete(r.unwinding, id)
	delete(r.recovered, id)
	r.mu.Unlock()
	var out []string
	for _, f := range fs {
		fn, ok := r.names[f.Def.String()]
		if !ok || f.Pos.Line == 0 {
			continue // not the program's
		}
		frame := fmt.Sprintf("%s%s\n\t%s:%d", fn.name, fn.args, f.Pos.Filename, f.Pos.Line)
		if fn.args == "()" {
			frame += " +0x0"
		}
		out = append(out, frame)
	}
	return out
}

// creation is where a goroutine was created: the function and the
// goroutine that ran the go statement (0 if unknown), and its position.
type creation struct {
	fn   string
	by   int64
	file string
	line int
}

// crasher implements __rt.Crash.
type crasher struct {
	once      sync.Mutex
	frames    *frameRecorder
	createdMu sync.Mutex
	created   map[int64]creation // by goroutine number
}

func newCrasher(frames *frameRecorder) *crasher {
	return &crasher{frames: frames, created: map[int64]creation{}}
}

// Crash prints the panic value r as the Go runtime does and ends the process
// with exit status 2.
func (c *crasher) Crash(r any) { c.crash(goroutineID(), r, "") }

// crash prints the panic r of the goroutine numbered n, with suffix after
// its value, and exits with status 2.
func (c *crasher) crash(n int64, r any, suffix string) {
	c.once.Lock() // a second panicking goroutine waits for the exit
	var b strings.Builder
	b.WriteString(c.frames.takeLinks(goroutineID()))
	b.WriteString("panic: ")
	b.WriteString(panicValue(r))
	b.WriteString(suffix)
	if e, ok := unwrap(r).(error); ok && strings.Contains(e.Error(), "nil pointer dereference") {
		b.WriteString("\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]")
	}
	fmt.Fprintf(&b, "\n\ngoroutine %d [running]:\n", n)
	for _, f := range c.frames.take(goroutineID()) {
		b.WriteString(f)
		b.WriteString("\n")
	}
	c.createdMu.Lock()
	cr, ok := c.created[n]
	c.createdMu.Unlock()
	switch {
	case ok && cr.by > 0:
		fmt.Fprintf(&b, "created by %s in goroutine %d\n\t%s:%d +0x0\n", cr.fn, cr.by, cr.file, cr.line)
	case ok:
		// The creator's number is unknown: said as Go said it before 1.21
		// rather than a number Go would not print.
		fmt.Fprintf(&b, "created by %s\n\t%s:%d +0x0\n", cr.fn, cr.file, cr.line)
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
		return "panic called with nil argument"
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
