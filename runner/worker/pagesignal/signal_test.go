package signal

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
)

// reset forgets every channel and ignored signal, between tests.
func reset() {
	handlers.Lock()
	handlers.m = nil
	handlers.ref = [numSig]int{}
	handlers.ignored = [numSig]bool{}
	handlers.Unlock()
}

func TestNotifyStopIgnoreReset(t *testing.T) {
	reset()
	c := make(chan os.Signal, 1)
	d, i := Send(syscall.SIGUSR1)
	assert.False(t, d || i, "nobody wants SIGUSR1")
	Notify(c, syscall.SIGUSR1, syscall.SIGUSR1) // twice: one registration
	d, _ = Send(syscall.SIGUSR1)
	assert.True(t, d)
	assert.Equal(t, syscall.SIGUSR1, <-c)
	Send(syscall.SIGUSR1)
	Send(syscall.SIGUSR1) // the channel is full: this one is missed, as in os/signal
	assert.Len(t, c, 1)
	<-c
	Stop(c)
	d, _ = Send(syscall.SIGUSR1)
	assert.False(t, d)

	Notify(c) // every signal
	d, _ = Send(syscall.SIGHUP)
	assert.True(t, d)
	<-c
	Ignore(syscall.SIGHUP)
	assert.True(t, Ignored(syscall.SIGHUP))
	d, i = Send(syscall.SIGHUP)
	assert.False(t, d)
	assert.True(t, i)
	Reset()
	assert.False(t, Ignored(syscall.SIGHUP))
	d, i = Send(syscall.SIGHUP)
	assert.False(t, d || i)
	assert.PanicsWithValue(t, "os/signal: Notify using nil channel", func() { Notify(nil) })
}

func TestNotifyContext(t *testing.T) {
	reset()
	ctx, stop := NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	assert.Equal(t, "signal.NotifyContext(context.Background, [interrupt])", fmt.Sprint(ctx))
	Send(syscall.SIGINT)
	<-ctx.Done()
	assert.Equal(t, "interrupt signal received", context.Cause(ctx).Error())
	assert.Equal(t, "signal.signalError", fmt.Sprintf("%T", context.Cause(ctx)))
	assert.Equal(t, context.Canceled, ctx.Err())
	stop()
	d, _ := Send(syscall.SIGINT)
	assert.False(t, d, "stop stops the notifications")
}

// TestLoopGoroutine: the first Notify starts a goroutine, as os/signal's
// does, so that runtime.NumGoroutine counts as in compiled Go.
func TestLoopGoroutine(t *testing.T) {
	reset()
	before := runtime.NumGoroutine()
	Notify(make(chan os.Signal, 1), syscall.SIGUSR2)
	Notify(make(chan os.Signal, 1), syscall.SIGUSR2)
	assert.LessOrEqual(t, runtime.NumGoroutine()-before, 1)
}
