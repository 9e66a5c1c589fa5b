// Package signal is package os/signal for programs run in the reader's
// page, where no kernel delivers signals and the Go runtime (js/wasm) has
// no queue for them: a program there can only send a signal to itself
// (syscall.Kill of its own pid, runner/worker/signals_js.go), and Send
// delivers it as the runtime and os/signal do on Linux. It keeps
// os/signal's API and behaviour: Notify, Stop, Ignore, Ignored, Reset and
// NotifyContext, with the same panics, the same non-blocking sends (a full
// channel misses the signal), the same context, whose cause reads
// "interrupt signal received", and the goroutine that os/signal starts at
// the first Notify (runtime.NumGoroutine counts it).
//
// The package is named signal so that values of its types print as
// os/signal's do (%T of a NotifyContext's cause: signal.signalError).
package signal

import (
	"context"
	"os"
	"sync"
	"syscall"
)

// numSig is the number of signals, os/signal's.
const numSig = 65

// handlers are the channels notified of each signal, as os/signal keeps
// them.
var handlers struct {
	sync.Mutex
	m       map[chan<- os.Signal]*[numSig]bool
	ref     [numSig]int
	ignored [numSig]bool
}

// loop stands for os/signal's goroutine that waits for the runtime's
// signals, started at the first Notify.
var loop sync.Once

// signum is sig's number, or -1 for a signal that is not a
// syscall.Signal in range (os/signal's signum).
func signum(sig os.Signal) int {
	s, ok := sig.(syscall.Signal)
	if !ok || int(s) < 0 || int(s) >= numSig {
		return -1
	}
	return int(s)
}

// Notify causes the signals sig (every signal if none) to be relayed to c.
func Notify(c chan<- os.Signal, sig ...os.Signal) {
	if c == nil {
		panic("os/signal: Notify using nil channel")
	}
	handlers.Lock()
	defer handlers.Unlock()
	h := handlers.m[c]
	if h == nil {
		if handlers.m == nil {
			handlers.m = map[chan<- os.Signal]*[numSig]bool{}
		}
		h = new([numSig]bool)
		handlers.m[c] = h
	}
	add := func(n int) {
		if n < 0 || h[n] {
			return
		}
		h[n] = true
		handlers.ref[n]++
		handlers.ignored[n] = false
		loop.Do(func() { go func() { select {} }() })
	}
	if len(sig) == 0 {
		for n := range numSig {
			add(n)
		}
		return
	}
	for _, s := range sig {
		add(signum(s))
	}
}

// Stop stops relaying signals to c.
func Stop(c chan<- os.Signal) {
	handlers.Lock()
	defer handlers.Unlock()
	h := handlers.m[c]
	if h == nil {
		return
	}
	delete(handlers.m, c)
	for n, want := range h {
		if want {
			handlers.ref[n]--
		}
	}
}

// cancel stops relaying the signals sigs (every signal if none), to every
// channel, and ignores them or not.
func cancel(sigs []os.Signal, ignore bool) {
	handlers.Lock()
	defer handlers.Unlock()
	remove := func(n int) {
		if n < 0 {
			return
		}
		for _, h := range handlers.m {
			if h[n] {
				h[n] = false
				handlers.ref[n]--
			}
		}
		handlers.ignored[n] = ignore
	}
	if len(sigs) == 0 {
		for n := range numSig {
			remove(n)
		}
		return
	}
	for _, s := range sigs {
		remove(signum(s))
	}
}

// Ignore causes the signals sig (every signal if none) to be ignored.
func Ignore(sig ...os.Signal) { cancel(sig, true) }

// Reset undoes the effect of Notify and Ignore for the signals sig (every
// signal if none).
func Reset(sig ...os.Signal) { cancel(sig, false) }

// Ignored reports whether sig is ignored.
func Ignored(sig os.Signal) bool {
	n := signum(sig)
	handlers.Lock()
	defer handlers.Unlock()
	return n >= 0 && handlers.ignored[n]
}

// Send delivers sig to the channels notified of it, without blocking, as
// os/signal does; it reports whether some channel wanted it, and else
// whether the program ignores it.
func Send(sig syscall.Signal) (delivered, ignored bool) {
	n := signum(sig)
	if n < 0 {
		return false, false
	}
	handlers.Lock()
	defer handlers.Unlock()
	if handlers.ref[n] == 0 {
		return false, handlers.ignored[n]
	}
	for c, h := range handlers.m {
		if h[n] {
			select {
			case c <- sig:
			default:
			}
		}
	}
	return true, false
}

// NotifyContext returns a copy of parent that is done when one of the
// signals arrives (any signal if none), or stop is called, or parent is
// done. Its cause is then "NAME signal received".
func NotifyContext(parent context.Context, signals ...os.Signal) (ctx context.Context, stop context.CancelFunc) {
	ctx, cancel := context.WithCancelCause(parent)
	c := &signalCtx{Context: ctx, cancel: cancel, signals: signals}
	c.ch = make(chan os.Signal, 1)
	Notify(c.ch, c.signals...)
	if ctx.Err() == nil {
		go func() {
			select {
			case s := <-c.ch:
				c.cancel(signalError(s.String() + " signal received"))
			case <-c.Done():
			}
		}()
	}
	return c, c.stop
}

type signalCtx struct {
	context.Context

	cancel  context.CancelCauseFunc
	signals []os.Signal
	ch      chan os.Signal
}

func (c *signalCtx) stop() {
	c.cancel(nil)
	Stop(c.ch)
}

func (c *signalCtx) String() string {
	name := c.Context.(interface{ String() string }).String()
	name = name[:len(name)-len(".WithCancel")]
	buf := []byte("signal.NotifyContext(" + name)
	if len(c.signals) != 0 {
		buf = append(buf, ", ["...)
		for i, s := range c.signals {
			buf = append(buf, s.String()...)
			if i != len(c.signals)-1 {
				buf = append(buf, ' ')
			}
		}
		buf = append(buf, ']')
	}
	buf = append(buf, ')')
	return string(buf)
}

type signalError string

func (s signalError) Error() string { return string(s) }
