package serve

import (
	"context"
	"errors"
	"os"
	"time"
)

// ErrOrphaned is why UntilOrphaned's context ends when the process's
// parent has gone.
var ErrOrphaned = errors.New("its parent process ended")

// parentPoll is how often UntilOrphaned looks at the parent: a system call
// a time, nothing to measure.
const parentPoll = 200 * time.Millisecond

// UntilOrphaned returns a context that also ends, with the cause
// ErrOrphaned, when the process's parent ends: the server started by
// `make serve` (make, then the server) or by `go run` stops with whoever
// started it, even when that one was killed and could not pass the signal
// on. A process whose parent ends is given another (init, or a
// subreaper): its parent's pid changes, which this watches for; Linux's
// PR_SET_PDEATHSIG would do it without polling, but only on Linux, and it
// follows the parent thread, not the process.
func UntilOrphaned(ctx context.Context) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancelCause(ctx)
	parent := os.Getppid()
	go func() {
		tick := time.NewTicker(parentPoll)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
				if os.Getppid() != parent {
					cancel(ErrOrphaned)
					return
				}
			}
		}
	}()
	return ctx, func() { cancel(context.Canceled) }
}
