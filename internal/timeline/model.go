package timeline

import (
	"time"
)

// Resolution is the smallest step of a Timeline's clock: events closer
// than this belong to the same virtual instant.
const Resolution = time.Microsecond

// MaxLanes is how many lanes a Timeline keeps; further goroutines are
// counted in Hidden.
const MaxLanes = 12

// State is what a goroutine is doing.
type State int

const (
	Waiting State = iota
	Runnable
	Running
)

func (s State) String() string {
	switch s {
	case Running:
		return "running"
	case Runnable:
		return "runnable"
	}
	return "waiting"
}

// Timeline is what a program's goroutines did, on the virtual clock.
type Timeline struct {
	// End is when the program ended: the last event of its goroutines (the
	// runtime's own messages at the end may carry a later time: the tracer
	// moves the virtual clock while it stops).
	End time.Duration
	// Lanes are the program's goroutines, main first, then in creation
	// order.
	Lanes []*Lane
	// Hidden counts the program's goroutines not drawn (past MaxLanes).
	Hidden int
	// Goroutines counts all of the program's goroutines, main included.
	Goroutines int
	// Ending is the first line the runtime wrote itself at the end, such as
	// "fatal error: all goroutines are asleep - deadlock!" or "panic: ...";
	// empty when the program ended on its own.
	Ending string
	// Unattributed counts writes no goroutine could be found for.
	Unattributed int
}

// Lane is one goroutine.
type Lane struct {
	Label string
	// Func is the function the label names, as the runtime names it
	// (main.worker).
	Func string
	// Start is when the goroutine was created (0 for main); Exit when it
	// ended, or -1 if it was still there at the end.
	Start, Exit time.Duration
	Spans       []Span
	Prints      []Print

	openState *Span // while building: the state the lane is in
}

// Span is a stretch of one state; a running span at one instant has
// Start == End.
type Span struct {
	Start, End time.Duration
	State      State
	// Reason is why the goroutine waits, as the runtime says it.
	Reason string
}

// Print is one write of the program, by the lane's goroutine.
type Print struct {
	At   time.Duration
	Text string
}
