package timeline

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"golang.org/x/exp/trace"

	"github.com/concbook/concurrency/internal/engine"
)

// fakeEpoch is where the faketime clock starts: 2009-11-10 23:00:00 UTC, in
// Unix nanoseconds; trace times are Unix nanoseconds on that clock.
const fakeEpoch = 1257894000000000000

// isWriteMark reports whether a syscall's stack is the mark of a write to
// stdout or stderr (see internal/engine/trace.go): its leaf is
// syscall.faketimeWrite, or syscall.Write where that is inlined. Other
// system calls have the raw syscall functions at their leaf.
func isWriteMark(stack []string) bool {
	return len(stack) > 0 && (stack[0] == "syscall.faketimeWrite" || stack[0] == "syscall.Write")
}

// transition is one state change of a goroutine, in trace order.
type transition struct {
	t        trace.Time
	from, to trace.GoState
	reason   string
	stack    []string // the goroutine's own stack, leaf first
	creator  []string // for a creation, the creator's stack
	isWrite  bool
	sequence int
}

// goroutine is what the trace says about one goroutine.
type goroutine struct {
	id          trace.GoID
	transitions []transition
	created     int // sequence of the creation event; -1: existed at the start
}

// Build makes the Timeline of a run from its execution trace and its timed
// writes.
func Build(traceData []byte, writes []engine.Write) (*Timeline, error) {
	if len(traceData) == 0 {
		return nil, errors.New("no trace: the program ended before its trace was written")
	}
	r, err := trace.NewReader(bytes.NewReader(traceData))
	if err != nil {
		return nil, fmt.Errorf("read the trace: %w", err)
	}
	gs := map[trace.GoID]*goroutine{}
	var order []*goroutine
	var times []trace.Time
	seq := 0
	for {
		ev, err := r.ReadEvent()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("read the trace: %w", err)
		}
		times = append(times, ev.Time())
		if ev.Kind() != trace.EventStateTransition {
			continue
		}
		st := ev.StateTransition()
		if st.Resource.Kind != trace.ResourceGoroutine {
			continue
		}
		id := st.Resource.Goroutine()
		from, to := st.Goroutine()
		g := gs[id]
		if g == nil {
			g = &goroutine{id: id, created: -1}
			gs[id] = g
			order = append(order, g)
		}
		seq++
		tr := transition{t: ev.Time(), from: from, to: to, reason: st.Reason, stack: frames(st.Stack), sequence: seq}
		if from == trace.GoNotExist && to == trace.GoRunnable {
			tr.creator = frames(ev.Stack())
			if g.created < 0 {
				g.created = seq
			}
		}
		if to == trace.GoSyscall {
			tr.isWrite = isWriteMark(tr.stack) || isWriteMark(frames(ev.Stack()))
		}
		g.transitions = append(g.transitions, tr)
	}
	clock := newInstants(times)
	tl := &Timeline{}
	type mark struct {
		at  time.Duration
		seq int
		g   *Lane
	}
	var marks []mark
	var lanes []*Lane
	labels := map[string]int{}
	var programGs []*goroutine
	for _, g := range order {
		if isProgram(g) {
			programGs = append(programGs, g)
		}
	}
	// main first, then in creation order.
	sort.SliceStable(programGs, func(i, j int) bool {
		return programGs[i].created < programGs[j].created
	})
	for _, g := range programGs {
		lane := &Lane{Exit: -1}
		lane.Func = laneFunc(g)
		lane.Label = readerName(lane.Func)
		labels[lane.Label]++
		if len(g.transitions) > 0 && g.created >= 0 {
			lane.Start = clock.at(g.transitions[0].t)
		}
		state, reason, since := State(-1), "", lane.Start
		for _, tr := range g.transitions {
			at := clock.at(tr.t)
			if at > tl.End {
				tl.End = at
			}
			if tr.isWrite {
				marks = append(marks, mark{at, tr.sequence, lane})
			}
			if state >= 0 {
				lane.addSpan(Span{Start: since, End: at, State: state, Reason: reason})
			}
			switch tr.to {
			case trace.GoNotExist:
				lane.Exit = at
				state = -1
			case trace.GoRunning, trace.GoSyscall:
				state, reason = Running, ""
			case trace.GoRunnable:
				state, reason = Runnable, ""
			case trace.GoWaiting:
				state, reason = Waiting, waitReason(tr.reason, tr.stack)
			default:
				state, reason = -1, ""
			}
			since = at
		}
		if state >= 0 {
			lane.openState = &Span{Start: since, State: state, Reason: reason}
		}
		lanes = append(lanes, lane)
	}
	// Writes, in order, to the marks at their instants, in trace order.
	sort.Slice(marks, func(i, j int) bool { return marks[i].seq < marks[j].seq })
	next := 0
	var ending []string
	for _, w := range writes {
		at := w.At.Truncate(Resolution)
		for next < len(marks) && marks[next].at < at {
			next++
		}
		text := strings.TrimSuffix(string(w.Data), "\n")
		if next < len(marks) && marks[next].at == at {
			tl.End = max(tl.End, at)
			marks[next].g.Prints = append(marks[next].g.Prints, Print{At: at, Text: text})
			next++
			ending = nil
			continue
		}
		tl.Unattributed++
		ending = append(ending, text)
	}
	if len(ending) > 0 {
		tl.Ending = strings.SplitN(strings.TrimLeft(strings.Join(ending, "\n"), "\n"), "\n", 2)[0]
	}
	for _, lane := range lanes {
		if lane.openState != nil {
			s := *lane.openState
			s.End = tl.End
			if s.Start == s.End && s.State == Waiting {
				// A wait that starts at the end: a deadlocked program's
				// last, which lasts forever.
				lane.Spans = append(lane.Spans, s)
			} else {
				lane.addSpan(s)
			}
			lane.openState = nil
		}
	}
	// Labels shared by several lanes are numbered in creation order.
	seen := map[string]int{}
	for _, lane := range lanes {
		if labels[lane.Label] > 1 {
			seen[lane.Label]++
			lane.Label = fmt.Sprintf("%s #%d", lane.Label, seen[lane.Label])
		}
	}
	tl.Goroutines = len(lanes)
	if len(lanes) > MaxLanes {
		tl.Hidden = len(lanes) - MaxLanes
		lanes = lanes[:MaxLanes]
	}
	tl.Lanes = lanes
	return tl, nil
}

// addSpan appends s, dropping empty waits and merging it into the span
// before when they say the same.
func (l *Lane) addSpan(s Span) {
	if s.End == s.Start && s.State != Running {
		return
	}
	if n := len(l.Spans); n > 0 {
		last := &l.Spans[n-1]
		if last.State == s.State && last.Reason == s.Reason && last.End == s.Start {
			last.End = s.End
			return
		}
	}
	l.Spans = append(l.Spans, s)
}

// frames lists a stack's functions, leaf first.
func frames(s trace.Stack) []string {
	var out []string
	for f := range s.Frames() {
		out = append(out, f.Func)
	}
	return out
}

// isRunnerFunc is a function of the generated tracing file.
func isRunnerFunc(f string) bool { return strings.HasPrefix(f, "main.concbook") }

// isProgramFunc is a function of the program's package main.
func isProgramFunc(f string) bool {
	return strings.HasPrefix(f, "main.") && !isRunnerFunc(f) && !strings.HasPrefix(f, "main.init")
}

// isProgram reports whether g is one of the program's goroutines: main, or
// one whose stacks show a function of package main, or one started, by a
// library (wg.Go), from the program's code. The tracing file's goroutines
// are not.
func isProgram(g *goroutine) bool {
	start := ""
	for _, tr := range g.transitions {
		for _, f := range tr.stack {
			if f == "runtime.main" {
				return true
			}
		}
		if start == "" && len(tr.stack) > 0 {
			start = tr.stack[len(tr.stack)-1]
		}
	}
	if start == "" || isRunnerFunc(start) || strings.HasPrefix(start, "runtime") || strings.HasPrefix(start, "time.") {
		return false
	}
	for _, tr := range g.transitions {
		for _, f := range tr.stack {
			if isProgramFunc(f) {
				return true
			}
		}
	}
	for _, tr := range g.transitions {
		for _, f := range tr.creator {
			if isRunnerFunc(f) {
				return false
			}
			if isProgramFunc(f) {
				return true
			}
		}
	}
	return false
}

// laneFunc is the function a lane is named after: the outermost function of
// package main in the goroutine's stacks, compiler wrappers aside; else the
// function it started in.
func laneFunc(g *goroutine) string {
	for _, tr := range g.transitions {
		for i := len(tr.stack) - 1; i >= 0; i-- {
			f := tr.stack[i]
			if isProgramFunc(f) && !strings.Contains(f, ".gowrap") {
				return f
			}
		}
	}
	for _, tr := range g.transitions {
		if len(tr.stack) > 0 {
			return tr.stack[len(tr.stack)-1]
		}
	}
	return "goroutine"
}

// readerName writes a function as a reader of the program names it:
// main.worker is "worker", main.main.func1 "main.func1", a generic
// function's type arguments are left out.
func readerName(f string) string {
	if i := strings.Index(f, "["); i >= 0 {
		if j := strings.LastIndex(f, "]"); j > i {
			f = f[:i] + f[j+1:]
		}
	}
	if strings.HasPrefix(f, "main.") {
		return strings.TrimPrefix(f, "main.")
	}
	return f
}

// waitReason is the runtime's reason for a wait, made precise by the stack
// where the runtime only says "sync": sync.Mutex.Lock, sync.WaitGroup.Wait.
func waitReason(reason string, stack []string) string {
	if strings.HasPrefix(reason, "sync") {
		for _, f := range stack {
			if strings.HasPrefix(f, "sync.(*") {
				return strings.NewReplacer("(*", "", ")", "").Replace(f)
			}
		}
	}
	if reason == "" {
		return "waiting"
	}
	return reason
}

// instants maps trace times to virtual instants (see the package comment).
type instants struct {
	starts []trace.Time // burst starts, ascending
}

func newInstants(times []trace.Time) instants {
	sorted := append([]trace.Time(nil), times...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i] < sorted[j] })
	var in instants
	for i, t := range sorted {
		if i == 0 || t-sorted[i-1] > trace.Time(Resolution) {
			in.starts = append(in.starts, t)
		}
	}
	return in
}

// at is the virtual instant of trace time t, since the program started.
func (in instants) at(t trace.Time) time.Duration {
	i := sort.Search(len(in.starts), func(i int) bool { return in.starts[i] > t }) - 1
	if i < 0 {
		return 0
	}
	d := time.Duration(int64(in.starts[i]) - fakeEpoch).Round(Resolution)
	if d < 0 {
		return 0
	}
	return d
}
