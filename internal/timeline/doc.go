// Package timeline draws when each goroutine of a program ran, waited and
// printed, on the virtual clock: a Timeline (the model: lanes, spans with
// states and reasons, print marks, an end) built from a run's execution
// trace and its timed writes, rendered as SVG.
//
// # Input
//
// The trace is runtime/trace's execution trace of a program built with
// -tags faketime and run by internal/engine with Request.Trace (see
// internal/engine/trace.go for how the trace is started, stopped and how the
// program's writes are marked in it); golang.org/x/exp/trace parses it. The
// writes are the run's framed writes, each with its virtual time.
//
// # Virtual time
//
// Under faketime the trace clock is the virtual clock, which stands still
// while goroutines run and jumps to the next timer when all of them wait. The
// tracer makes every timestamp unique by adding a few nanoseconds per event,
// so events that happened at one virtual instant carry slightly different
// times, and how many depends on scheduling. The model removes that noise:
// events closer than Resolution to the one before them belong to the same
// instant, whose time is the first event's, rounded to Resolution. So
// everything in a Timeline is derived from virtual instants and the order of
// events, never from wall time: a program gives the same Timeline on every
// run, and the golden files under testdata stay stable.
//
// # Lanes
//
// A lane is one goroutine of the program: main, and every goroutine whose
// stacks show a function of package main (so a wg.Go or errgroup.Go
// goroutine is the program's; the runtime's, the tracer's and the runner's
// own are left out). Its label is the outermost function of package main it
// was seen running, written as the reader names it: main.worker is
// "worker", main.main.func1 is "main.func1" (the first func literal in
// main), main.(*Pool).run is "(*Pool).run"; the wrappers the compiler makes
// for `go f(x)` are skipped. Lanes sharing a label are numbered in creation
// order ("worker 1", "worker 2"). At most MaxLanes lanes are drawn; the rest
// are counted.
//
// A lane's spans are its states between transitions: Running (a system
// call, which is how a write appears, counts as running), Runnable, and
// Waiting with the runtime's reason ("chan receive", "sleep", "select",
// "sync.Mutex.Lock" after refining the runtime's "sync" by the stack).
// Running takes no virtual time, so running is drawn as a mark at least a
// few pixels wide.
//
// # Prints
//
// Each write is attributed to the goroutine that made it: the k-th write of
// the run is the k-th marked write syscall of the trace at the same virtual
// instant. Writes the runtime makes itself (a panic's message, the deadlock
// error) have no such event; they end the timeline as its Ending.
//
// # SVG
//
// SVG draws a Timeline with class names only (tl-run, tl-ready, tl-wait,
// tl-print, tl-axis...), so that a page's stylesheet colours it for light
// and dark mode; Options.Standalone adds a <style> element with the same
// colours for a file viewed on its own. Time is drawn in pixel columns:
// spans are rasterised to the plot's columns (running wins over runnable
// over waiting) and run-length encoded, so the size is bounded by lanes ×
// columns, not by how many events the program had.
package timeline
