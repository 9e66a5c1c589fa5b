package main

import (
	"bytes"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"reflect"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"sync"
	"text/tabwriter"

	"github.com/traefik/yaegi/interp"
)

// Goroutine stacks as the program sees them. runtime.Stack,
// runtime/debug.Stack and PrintStack, and the goroutine profile of
// runtime/pprof (WriteTo with debug 1 or 2) would print the worker's
// goroutines, with the interpreter's frames; the lowering
// (internal/lower/stacks.go) calls these functions instead, and turns on
// the interpreter's records of each goroutine's interpreted frames
// (interp.Options.GoroutineStacks) with a comment, stacksMarker, in the
// program. They print what Go prints for the program:
//
//   - each goroutine's header, "goroutine N [state, M minutes]:", with the
//     program's number for it (goroutines.go) and the state and wait the
//     runtime gives the goroutine that runs it: they are the same, as the
//     program's operations are the runtime's (a receive is the runtime's
//     receive, a mutex the runtime's mutex);
//   - its frames: the library's frames it is in (time.Sleep,
//     sync.(*Mutex).Lock) as the runtime gives them, and the program's
//     own as the interpreter records them, named as crash.go names them,
//     in the order they are on the goroutine's stack (the library's
//     frames between two of the program's, sort.Slice calling a less
//     function, where they are); frames of the worker, the interpreter
//     and reflect, and of the lowering's helpers, are not printed;
//   - where it was created: the program's go statement (goroutines.go
//     records it), or the library function that started it.
//
// Goroutines of the worker's own are not printed nor counted: the count
// of the goroutine profile is the program's.
//
// The program counters and offsets cannot be Go's: a program frame's
// offset is +0x0 (as in crash.go), a program frame of the goroutine
// profile gets a made-up counter, the same for the same function and line,
// and the library's frames keep the worker's. The arguments of the
// program's frames are (...), as Go prints an inlined call's.
//
// A goroutine's frame is the position of the last call, channel
// operation, select or range it ran: where a blocked goroutine waits; a
// goroutine caught running between two of them shows the last one.
//
// A stack taken while deferred calls run (a recover handler printing
// debug.Stack) would need the runtime's panic frame and the line the
// frame returns at, which the interpreter does not have: the lowering
// refuses the calls in a deferred function, and the worker stops the
// program with a message of the same kind for a stack taken in a function
// a deferred call calls.

// stacksMarker, a line of the lowered program, turns the records on.
const stacksMarker = "//concbook:stacks"

// usesStacks reports whether the lowered program src takes stacks.
func usesStacks(src []byte) bool {
	return bytes.Contains(src, []byte("\n"+stacksMarker+"\n"))
}

// stacker implements the program's stack functions.
type stacker struct {
	in    *interp.Interpreter
	names map[string]funcName // the frame recorder's table
	g     *goroutines
	crash *crasher
	envMu sync.Mutex // GODEBUG, changed while a dump with labels is taken
}

// Stack is runtime.Stack.
func (s *stacker) Stack(buf []byte, all bool) int {
	var text []byte
	if all {
		text = s.dump(realStack(true), nil, false)
	} else {
		text = s.dump(realStack(false), nil, false)
	}
	return copy(buf, text)
}

// DebugStack is runtime/debug.Stack.
func (s *stacker) DebugStack() []byte {
	return s.dump(debug.Stack(), nil, false)
}

// PrintStack is runtime/debug.PrintStack.
func (s *stacker) PrintStack() {
	text := s.dump(debug.Stack(), []realFrame{printStackFrame()}, false)
	os.Stderr.Write(text)
}

// WriteProfile is p.WriteTo(w, debug): the goroutine profile is the
// program's at debug 1 and 2; other profiles, and the goroutine profile in
// the protocol buffer format (debug 0), which the lowering refuses where
// it can tell, are the runtime's.
func (s *stacker) WriteProfile(p *pprof.Profile, w io.Writer, debug int) error {
	if p == nil || p.Name() != "goroutine" || debug <= 0 {
		if p != nil && p.Name() == "goroutine" {
			s.refuse("the goroutine profile in the protocol buffer format (WriteTo with debug 0) holds the interpreter's stacks, not the program's: write it with debug 1 or 2, or run it with go run")
		}
		return p.WriteTo(w, debug)
	}
	if debug >= 2 {
		var buf bytes.Buffer
		p.WriteTo(&buf, 2)
		_, err := w.Write(s.dump(buf.Bytes(), nil, false))
		return err
	}
	s.envMu.Lock()
	old, had := os.LookupEnv("GODEBUG")
	os.Setenv("GODEBUG", strings.TrimPrefix(old+",tracebacklabels=1", ","))
	text := realStack(true)
	if had {
		os.Setenv("GODEBUG", old)
	} else {
		os.Unsetenv("GODEBUG")
	}
	s.envMu.Unlock()
	gs := s.goroutines(text, profileFrames(), true)
	return writeCountProfile(w, gs)
}

// realStack is the runtime's dump of the calling goroutine, or of all.
func realStack(all bool) []byte {
	buf := make([]byte, 1<<16)
	for {
		n := runtime.Stack(buf, all)
		if n < len(buf) || len(buf) >= 64<<20 {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}

// realFrame is a frame of the runtime's dump: its function line, with the
// arguments, and its position line, without the tab.
type realFrame struct {
	fn, at string
}

// name is the frame's function, without its arguments.
func (f realFrame) name() string {
	if i := strings.LastIndexByte(f.fn, '('); i > 0 {
		return f.fn[:i]
	}
	return f.fn
}

// realGoroutine is a goroutine of the runtime's dump.
type realGoroutine struct {
	id        int64
	state     string // what the header has in brackets
	labels    string // the goroutine's labels as the profile prints them, "" if none
	frames    []realFrame
	createdBy string // "created by F in goroutine N", or ""
	createdAt string
	creator   int64 // N, 0 if none
}

// parseDump reads the runtime's dump of goroutines.
func parseDump(text []byte) []realGoroutine {
	var gs []realGoroutine
	for _, block := range strings.Split(strings.TrimRight(string(text), "\n"), "\n\n") {
		lines := strings.Split(block, "\n")
		rest, ok := strings.CutPrefix(lines[0], "goroutine ")
		if !ok {
			continue
		}
		idText, state, _ := strings.Cut(rest, " [")
		state = strings.TrimSuffix(state, "]:")
		g := realGoroutine{state: state}
		g.id, _ = strconv.ParseInt(idText, 10, 64)
		if st, labels, ok := strings.Cut(state, " labels:{"); ok {
			g.state, g.labels = st, profileLabels(strings.TrimSuffix(labels, "}"))
		}
		for i := 1; i < len(lines); i++ {
			l := lines[i]
			at := ""
			if i+1 < len(lines) && strings.HasPrefix(lines[i+1], "\t") {
				at = strings.TrimPrefix(lines[i+1], "\t")
				i++
			}
			if by, ok := strings.CutPrefix(l, "created by "); ok {
				g.createdBy, g.createdAt = by, at
				if fn, n, ok := strings.Cut(by, " in goroutine "); ok {
					g.createdBy = fn
					g.creator, _ = strconv.ParseInt(n, 10, 64)
				}
				continue
			}
			if at == "" {
				continue // "...additional frames elided...", "goroutine running on other thread"
			}
			g.frames = append(g.frames, realFrame{fn: l, at: at})
		}
		gs = append(gs, g)
	}
	return gs
}

// profileLabels turns the labels of a traceback's header, "k": "v", ...,
// into the profile's {"k":"v", ...}.
func profileLabels(s string) string {
	var kvs []string
	for s != "" {
		k, err := strconv.QuotedPrefix(s)
		if err != nil {
			break
		}
		s = strings.TrimPrefix(s[len(k):], ": ")
		v, err := strconv.QuotedPrefix(s)
		if err != nil {
			break
		}
		s = strings.TrimPrefix(s[len(v):], ", ")
		ku, _ := strconv.Unquote(k)
		vu, _ := strconv.Unquote(v)
		kvs = append(kvs, fmt.Sprintf("%q:%q", ku, vu))
	}
	if len(kvs) == 0 {
		return ""
	}
	sort.Strings(kvs)
	return "{" + strings.Join(kvs, ", ") + "}"
}

// workerFrame reports whether a frame of the runtime's dump is the
// worker's, the interpreter's or reflect's, which the program does not
// have; the program's own frames are interpreted and are never there.
func workerFrame(name string) bool {
	for _, p := range []string{"main.", "reflect.", "github.com/traefik/yaegi/", "github.com/concbook/", "syscall/js."} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// runCfgFrame is the interpreter's function that runs one interpreted
// call: one frame of the program (or of the lowering's helpers).
const runCfgFrame = "github.com/traefik/yaegi/interp.runCfg"

// stackGoroutine is a goroutine of the program, as printed.
type stackGoroutine struct {
	num       int64
	state     string
	labels    string
	frames    []outFrame
	createdBy string // its lines, "" for main
}

// outFrame is a printed frame.
type outFrame struct {
	name, args, file string
	line             int
	off              string // "+0x1d", or "" for an inlined frame
	program          bool
}

// dump is the program's version of a runtime dump text: each goroutine
// with the program's number, its interpreted frames, and where it was
// created. top are frames the function the program called adds under
// the library's frames of the calling goroutine (PrintStack under
// debug.Stack).
func (s *stacker) dump(text []byte, top []realFrame, _ bool) []byte {
	gs := s.goroutines(text, top, false)
	var b strings.Builder
	for i, g := range gs {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "goroutine %d [%s]:\n", g.num, g.state)
		for _, f := range g.frames {
			fmt.Fprintf(&b, "%s%s\n\t%s:%d", f.name, f.args, f.file, f.line)
			if f.off != "" {
				b.WriteString(" " + f.off)
			}
			b.WriteString("\n")
		}
		b.WriteString(g.createdBy)
	}
	return []byte(b.String())
}

// goroutines reads the runtime's dump text and returns the program's
// goroutines in its order, with their frames.
func (s *stacker) goroutines(text []byte, top []realFrame, profile bool) []stackGoroutine {
	real := parseDump(text)
	for try := 0; try < 100 && s.starting(real); try++ {
		// A goroutine the program started has not yet said which of the
		// program's it is: let it run and take the dump again.
		runtime.Gosched()
		real = parseDump(retake(text, len(real) > 1))
	}
	frames := s.in.GoroutineFrames()
	var out []stackGoroutine
	for i, rg := range real {
		fs := frames[rg.id]
		num, known := s.g.number(rg.id)
		if !known && len(fs) == 0 && (rg.createdBy == "" || workerFrame(rg.createdBy)) {
			continue // the worker's own
		}
		if !known {
			num = s.g.assign(rg.id)
		}
		g := stackGoroutine{num: num, state: rg.state, labels: rg.labels}
		for _, f := range fs {
			if f.Deferring {
				s.refuse("a goroutine's stack taken while deferred calls run: the interpreter cannot show the frame they return to (nor a panic's) as Go does")
			}
		}
		var natives [][]outFrame // by the number of interpreted frames above them
		k := 0
		for _, f := range rg.frames {
			name := f.name()
			if name == runCfgFrame {
				k++
				continue
			}
			if workerFrame(name) {
				continue
			}
			for len(natives) <= k {
				natives = append(natives, nil)
			}
			natives[k] = append(natives[k], nativeFrame(f))
		}
		if k != len(fs) {
			// The interpreted frames do not match the stack's (a
			// traceback cut short, a goroutine that moved on): only the
			// library frames it is in are placed.
			if len(natives) > 1 {
				natives = natives[:1]
			}
		}
		for j := 0; j <= len(fs); j++ {
			if j < len(natives) {
				g.frames = append(g.frames, natives[j]...)
			}
			if j == 0 && i == 0 {
				for _, f := range top {
					g.frames = append(g.frames, nativeFrame(f))
				}
			}
			if j < len(fs) {
				if f, ok := s.programFrame(fs[j]); ok {
					g.frames = append(g.frames, f)
				}
			}
		}
		if !profile {
			g.createdBy = s.createdBy(num, rg)
		}
		out = append(out, g)
	}
	return out
}

// starting reports whether a goroutine of the dump was started by the
// program's go statement and has not yet recorded its number.
func (s *stacker) starting(gs []realGoroutine) bool {
	for _, g := range gs {
		if _, ok := s.g.number(g.id); !ok && strings.HasPrefix(g.createdBy, "github.com/traefik/yaegi/") {
			return true
		}
	}
	return false
}

// retake takes the dump again, of all goroutines or of the caller.
func retake(_ []byte, all bool) []byte { return realStack(all) }

// programFrame is an interpreted frame as printed, false for a frame of
// a function that is not the program's.
func (s *stacker) programFrame(f *interp.Frame) (outFrame, bool) {
	fn, ok := s.names[f.Def.String()]
	if !ok || f.Pos.Line == 0 {
		return outFrame{}, false
	}
	of := outFrame{name: fn.name, args: fn.args, file: f.Pos.Filename, line: f.Pos.Line, program: true}
	if fn.args == "()" {
		of.off = "+0x0"
	}
	return of, true
}

// nativeFrame is a frame of the runtime's dump as printed.
func nativeFrame(f realFrame) outFrame {
	of := outFrame{name: f.name(), args: strings.TrimPrefix(f.fn, f.name())}
	at := f.at
	if i := strings.LastIndex(at, " +0x"); i > 0 {
		at, of.off = at[:i], at[i+1:]
	}
	if i := strings.LastIndexByte(at, ':'); i > 0 {
		of.file = at[:i]
		of.line, _ = strconv.Atoi(at[i+1:])
	}
	return of
}

// createdBy is the lines that say where the program's goroutine num was
// created: its go statement, or the library function that started it.
func (s *stacker) createdBy(num int64, rg realGoroutine) string {
	s.crash.createdMu.Lock()
	cr, ok := s.crash.created[num]
	s.crash.createdMu.Unlock()
	switch {
	case ok && cr.by > 0:
		return fmt.Sprintf("created by %s in goroutine %d\n\t%s:%d +0x0\n", cr.fn, cr.by, cr.file, cr.line)
	case ok:
		return fmt.Sprintf("created by %s\n\t%s:%d +0x0\n", cr.fn, cr.file, cr.line)
	case rg.createdBy == "" || workerFrame(rg.createdBy):
		return ""
	case rg.creator > 0:
		by, known := s.g.number(rg.creator)
		if !known {
			by = rg.creator
		}
		return fmt.Sprintf("created by %s in goroutine %d\n\t%s\n", rg.createdBy, by, rg.createdAt)
	}
	return fmt.Sprintf("created by %s\n\t%s\n", rg.createdBy, rg.createdAt)
}

// refuse stops the program on a stack the runner cannot print as Go
// does, at the program's position that asked for it.
func (s *stacker) refuse(why string) {
	where := ""
	if fs := s.in.GoroutineFrames()[goroutineID()]; len(fs) > 0 {
		for _, f := range fs {
			if _, ok := s.names[f.Def.String()]; ok {
				where = fmt.Sprintf("%s:%d:%d: ", f.Pos.Filename, f.Pos.Line, f.Pos.Column)
				break
			}
		}
	}
	fmt.Fprintf(os.Stderr, "%sunsupported: %s; run it with go run\n", where, why)
	os.Exit(2)
}

// printStackFrame is runtime/debug.PrintStack's frame, over debug.Stack's.
func printStackFrame() realFrame {
	return libraryFrame(debug.PrintStack, "runtime/debug.PrintStack()", 1)
}

// profileFrames are the frames of runtime/pprof over the program's in the
// goroutine that writes the goroutine profile at debug 1.
func profileFrames() []realFrame {
	return []realFrame{
		libraryFrame((*pprof.Profile).WriteTo, "runtime/pprof.writeRuntimeProfile(...)", 0),
		libraryFrame((*pprof.Profile).WriteTo, "runtime/pprof.writeGoroutine(...)", 0),
		libraryFrame((*pprof.Profile).WriteTo, "runtime/pprof.(*Profile).WriteTo(...)", 0),
	}
}

// libraryFrame is a frame named fn in the file of the library function
// f, at its first line and delta lines below.
func libraryFrame(f any, fn string, delta int) realFrame {
	pc := reflect.ValueOf(f).Pointer()
	file, line := "?", 0
	if rf := runtime.FuncForPC(pc); rf != nil {
		file, line = rf.FileLine(rf.Entry())
	}
	return realFrame{fn: fn, at: fmt.Sprintf("%s:%d +0x0", file, line+delta)}
}

// writeCountProfile writes the goroutine profile at debug 1, as
// runtime/pprof's printCountProfile does: "goroutine profile: total N",
// then one entry per stack and labels, by count (the largest first), each
// with its count, its program counters, its labels and its frames.
func writeCountProfile(w io.Writer, gs []stackGoroutine) error {
	type entry struct {
		key    string
		count  int
		frames []outFrame
		pcs    []uint64
	}
	byKey := map[string]*entry{}
	var entries []*entry
	for _, g := range gs {
		var pcs []string
		var pcv []uint64
		for _, f := range g.frames {
			pc := framePC(f)
			pcv = append(pcv, pc)
			pcs = append(pcs, fmt.Sprintf("%#x", pc))
		}
		key := "@ " + strings.Join(pcs, " ")
		if len(pcs) == 0 {
			key = "@"
		}
		if g.labels != "" {
			key += "\n# labels: " + g.labels
		}
		e := byKey[key]
		if e == nil {
			e = &entry{key: key, frames: g.frames, pcs: pcv}
			byKey[key] = e
			entries = append(entries, e)
		}
		e.count++
	}
	sort.SliceStable(entries, func(i, j int) bool {
		if entries[i].count != entries[j].count {
			return entries[i].count > entries[j].count
		}
		return entries[i].key < entries[j].key
	})
	tw := tabwriter.NewWriter(w, 1, 8, 1, '\t', 0)
	fmt.Fprintf(tw, "goroutine profile: total %d\n", len(gs))
	for _, e := range entries {
		fmt.Fprintf(tw, "%d %s\n", e.count, e.key)
		for i, f := range e.frames {
			off := f.off
			if off == "" {
				off = "+0x0"
			}
			fmt.Fprintf(tw, "#\t%#x\t%s%s\t%s:%d\n", e.pcs[i]-1, f.name, off, f.file, f.line)
		}
		fmt.Fprintf(tw, "\n")
	}
	return tw.Flush()
}

// framePC is a made-up program counter for a frame of the profile, the
// same for the same function and line: 0x4xxxxx, as a small program's.
func framePC(f outFrame) uint64 {
	h := fnv.New32a()
	fmt.Fprintf(h, "%s %s:%d", f.name, f.file, f.line)
	return 0x400000 + uint64(h.Sum32()%0xbffff) + 1
}
