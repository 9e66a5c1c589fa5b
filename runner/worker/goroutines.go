package main

import (
	"sync"
)

// Goroutine numbers as the Go runtime gives them. A crash prints the
// number of the goroutine that panicked ("goroutine 19 [running]:"); in the
// worker the interpreter's own goroutines shift the real numbers, so the
// lowering numbers the program's goroutines as a compiled program would
// have them: main is 1, and the goroutines the program starts get numbers
// from first on (the runtime's own take those below: 18 for a program that
// does not import os, 19 for one that does), in the order the program
// starts them.
//
//   - __rt.Start(first) is called first in main.
//   - __rt.NewGoroutine() gives the next number; a go statement calls it in
//     the goroutine that starts the new one, as the runtime numbers it then.
//   - __rt.CrashIn(n, r) is Crash for goroutine n.
//   - __rt.NewGoroutineAt(fn, file, line, by) is NewGoroutine for a go
//     statement, which records where, and in which goroutine, the new one
//     was created.
//   - __rt.Goroutine(n, f) wraps a closure that compiled code runs in a
//     goroutine of its own (sync.WaitGroup.Go, errgroup.Group.Go,
//     time.AfterFunc): it records that the goroutine is number n (0: take
//     the next number when it starts), so that __rt.CrashHere finds it.
type goroutines struct {
	mu    sync.Mutex
	next  int64
	byID  map[int64]int64 // worker goroutine id -> program goroutine number
	crash *crasher
}

func newGoroutines(c *crasher) *goroutines {
	return &goroutines{next: 19, byID: map[int64]int64{}, crash: c}
}

// Start sets the number of the program's first goroutine.
func (g *goroutines) Start(first int64) {
	g.mu.Lock()
	g.next = first
	g.byID[goroutineID()] = 1
	g.mu.Unlock()
}

// NewGoroutine returns the number of the next goroutine.
func (g *goroutines) NewGoroutine() int64 {
	g.mu.Lock()
	defer g.mu.Unlock()
	n := g.next
	g.next++
	return n
}

// Goroutine returns f that records, in the goroutine that runs it, that
// this goroutine is number n.
func (g *goroutines) Goroutine(n int64, f func()) func() {
	return func() {
		if n == 0 {
			n = g.NewGoroutine()
		}
		id := goroutineID()
		g.mu.Lock()
		g.byID[id] = n
		g.mu.Unlock()
		defer func() {
			if r := recover(); r != nil {
				g.CrashIn(n, r) // a function value: the lowering put no handler in it
			}
			g.mu.Lock()
			delete(g.byID, id)
			g.mu.Unlock()
		}()
		f()
	}
}

// CrashHere is Crash for the goroutine that calls it, numbered as recorded.
func (g *goroutines) CrashHere(r any) { g.crashHere(r, "") }

// CrashHereRepanicked is CrashHere for a panic that was recovered and
// raised again, as sync.WaitGroup.Go does with its function's.
func (g *goroutines) CrashHereRepanicked(r any) { g.crashHere(r, " [recovered, repanicked]") }

func (g *goroutines) crashHere(r any, suffix string) {
	id := goroutineID()
	g.mu.Lock()
	n, ok := g.byID[id]
	g.mu.Unlock()
	if !ok {
		n = g.NewGoroutine()
	}
	g.crashIn(n, r, suffix)
}

// CrashIn prints the panic r of goroutine number n as the Go runtime does
// and ends the process with exit status 2, like crasher.Crash.
func (g *goroutines) CrashIn(n int64, r any) { g.crash.crash(n, r, "") }

func (g *goroutines) crashIn(n int64, r any, suffix string) { g.crash.crash(n, r, suffix) }

// NewGoroutineAt is NewGoroutine for a go statement of the program: it
// records that the function fn, in the goroutine numbered by, created the
// goroutine at file:line, for the crash's "created by" line. by is 0 where
// the lowering cannot tell the number from the source: the goroutine is
// then looked up among those whose number the worker knows (main, and those
// that run a closure compiled code starts), which costs a traceback of its
// stack; it stays 0 if it is none of them.
func (g *goroutines) NewGoroutineAt(fn, file string, line int, by int64) int64 {
	n := g.NewGoroutine()
	if by == 0 {
		g.mu.Lock()
		by = g.byID[goroutineID()]
		g.mu.Unlock()
	}
	g.crash.createdMu.Lock()
	g.crash.created[n] = creation{fn: fn, by: by, file: file, line: line}
	g.crash.createdMu.Unlock()
	return n
}

// Goid is the worker's id of the calling goroutine; the lowering keys the
// panic values it keeps by it.
func Goid() int64 { return goroutineID() }

// GoroutineErr is Goroutine for a function that returns an error
// (errgroup.Group.Go).
func (g *goroutines) GoroutineErr(n int64, f func() error) func() error {
	var err error
	run := g.Goroutine(n, func() { err = f() })
	return func() error {
		run()
		return err
	}
}

// Enter records that the calling goroutine is the program's goroutine
// number n: the lowering calls it first in a go statement's goroutine when
// the program takes goroutine stacks (stacks.go), which print each
// goroutine's number.
func (g *goroutines) Enter(n int64) {
	id := goroutineID()
	g.mu.Lock()
	g.byID[id] = n
	g.mu.Unlock()
}

// number is the program's number of the worker goroutine id, if known.
func (g *goroutines) number(id int64) (int64, bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	n, ok := g.byID[id]
	return n, ok
}

// assign gives the worker goroutine id, one the program did not start
// with a go statement (a library's), the next number.
func (g *goroutines) assign(id int64) int64 {
	n := g.NewGoroutine()
	g.mu.Lock()
	g.byID[id] = n
	g.mu.Unlock()
	return n
}
