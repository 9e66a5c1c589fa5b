package interp

import (
	"go/ast"
	"go/token"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// Goroutine stacks (Options.GoroutineStacks).
//
// A goroutine that runs interpreted code has a record, found by the
// runtime's number of the goroutine, whose top is its innermost
// interpreted frame. Each frame that runCfg runs is pushed on its
// goroutine's record, with its function and the frame that called it,
// and popped when runCfg returns (after its deferred calls, panicking or
// not). A frame called by call() takes its caller's record; a frame
// entered from compiled code (a function value called through reflect,
// the body of a go statement, a callback of a library) looks its
// goroutine up by number, which costs a traceback of the goroutine (the
// runtime gives a goroutine's number nowhere else), and a goroutine that
// has none yet gets one, forgotten when that frame returns.
//
// Each frame records the node of the last call, channel operation,
// select or range it ran (one atomic store, by a wrapper around the
// node's builtin set only when the option is on), which is where it is
// blocked or what it is calling: its line in a traceback.
//
// Nothing of this runs, and frames carry only nil fields, when the option
// is off.

// goroutineStacks is the interpreter's records of its goroutines.
type goroutineStacks struct {
	mu   sync.Mutex
	byID map[int64]*goroutineRec

	// lparens are the positions of the opening parentheses of the calls
	// written over lines (a function literal called where it is
	// written): a traceback gives a call's line as the parenthesis's.
	lparens map[*node]token.Pos
}

// callAt records the parenthesis of the call n, made from c, if it is
// not on the line where the call starts.
func (st *goroutineStacks) callAt(fset *token.FileSet, n *node, c *ast.CallExpr) {
	if fset.Position(c.Lparen).Line == fset.Position(c.Pos()).Line {
		return
	}
	st.mu.Lock()
	if st.lparens == nil {
		st.lparens = map[*node]token.Pos{}
	}
	st.lparens[n] = c.Lparen
	st.mu.Unlock()
}

// frameStack is what a frame records for the stacks, allocated only when
// the option is on (a frame of every call stays its size when it is off).
type frameStack struct {
	g         *goroutineRec        // the goroutine running the frame
	caller    *frame               // the frame that called it, in that goroutine
	fn        *node                // its function
	pos       atomic.Pointer[node] // the last call, channel operation, select or range it ran
	deferring atomic.Bool          // its deferred calls are running
}

// goroutineRec is one goroutine's interpreted frames.
type goroutineRec struct {
	id  int64
	top atomic.Pointer[frame]
}

// current returns the record of the calling goroutine, making one if it
// has none (created true).
func (st *goroutineStacks) current() (g *goroutineRec, created bool) {
	id := currentGoroutineID()
	st.mu.Lock()
	defer st.mu.Unlock()
	if g = st.byID[id]; g != nil {
		return g, false
	}
	g = &goroutineRec{id: id}
	st.byID[id] = g
	return g, true
}

func (st *goroutineStacks) remove(g *goroutineRec) {
	st.mu.Lock()
	if st.byID[g.id] == g {
		delete(st.byID, g.id)
	}
	st.mu.Unlock()
}

// currentGoroutineID reads the calling goroutine's number from its stack
// header, "goroutine 7 [running]:".
func currentGoroutineID() int64 {
	var buf [64]byte
	n := runtime.Stack(buf[:], false)
	s := strings.TrimPrefix(string(buf[:n]), "goroutine ")
	if i := strings.IndexByte(s, ' '); i > 0 {
		s = s[:i]
	}
	id, _ := strconv.ParseInt(s, 10, 64)
	return id
}

// pushFrame makes f, running funcNode, the innermost frame of its
// goroutine, and returns the function that pops it.
func (st *goroutineStacks) pushFrame(f *frame, funcNode *node) (pop func()) {
	s := f.stk
	if s == nil {
		s = &frameStack{}
		f.stk = s
	}
	g, created := s.g, false
	lookedUp := g == nil
	if lookedUp {
		g, created = st.current()
		s.g = g
	}
	s.fn = funcNode
	s.caller = g.top.Load()
	g.top.Store(f)
	return func() {
		g.top.Store(s.caller)
		s.deferring.Store(false)
		if lookedUp {
			s.g = nil // the global frame runs again in other goroutines
		}
		if created {
			st.remove(g)
		}
	}
}

// callerStack is the record of a frame that call() makes for a call by f:
// it runs in f's goroutine. Nil when the option is off.
func callerStack(f *frame) *frameStack {
	if f.stk == nil {
		return nil
	}
	return &frameStack{g: f.stk.g}
}

// recordsPosition reports whether n is a node whose builtin a frame
// records as its position: a call, a channel operation, a select or a
// range.
func recordsPosition(n *node) bool {
	switch n.kind {
	case callExpr, sendStmt, selectStmt, rangeStmt:
		return true
	}
	return n.action == aRecv
}

// positionRecorder wraps the builtin of n so that it records n as the
// position of the frame that runs it.
func positionRecorder(n *node, exec bltn) bltn {
	return func(f *frame) bltn {
		if s := f.stk; s != nil {
			s.pos.Store(n)
		}
		return exec(f)
	}
}

// GoroutineFrames returns the interpreted frames of each goroutine that
// runs interpreted code, by the goroutine's number as the runtime's
// tracebacks give it, innermost first: the function, the position of its
// func keyword, and the position of the call, channel operation, select
// or range it last ran (where it is blocked, or what it is calling), or of
// its func keyword if it has run none yet. A frame whose deferred calls
// are running has Deferring set. Nil unless Options.GoroutineStacks.
//
// The frames of a goroutine that is not blocked may be changing while
// they are read: they are those of some moment during the call.
func (interp *Interpreter) GoroutineFrames() map[int64][]*Frame {
	st := interp.stacks
	if st == nil {
		return nil
	}
	st.mu.Lock()
	gs := make([]*goroutineRec, 0, len(st.byID))
	for _, g := range st.byID {
		gs = append(gs, g)
	}
	st.mu.Unlock()
	out := make(map[int64][]*Frame, len(gs))
	for _, g := range gs {
		var fs []*Frame
		for f := g.top.Load(); f != nil; f = f.stk.caller {
			fs = append(fs, interp.stackFrame(f))
		}
		out[g.id] = fs
	}
	return out
}

// stackFrame describes f for GoroutineFrames.
func (interp *Interpreter) stackFrame(f *frame) *Frame {
	fr := &Frame{frame: f, Deferring: f.stk.deferring.Load()}
	fn := f.stk.fn
	if fn != nil {
		fr.Def = interp.fset.Position(fn.pos)
		fr.Pos = fr.Def
		if fn.kind == funcDecl || fn.kind == funcLit {
			if body := fn.lastChild(); body != nil && body.scope != nil {
				fr.Func = panicFunc(body.scope)
			}
		}
	}
	if n := f.stk.pos.Load(); n != nil {
		pos := n.pos
		interp.stacks.mu.Lock()
		if p, ok := interp.stacks.lparens[n]; ok {
			pos = p
		}
		interp.stacks.mu.Unlock()
		fr.Pos = interp.fset.Position(pos)
		if fr.Func == "" {
			fr.Func = panicFunc(n.scope)
		}
	}
	return fr
}
