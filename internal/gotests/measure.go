package gotests

import (
	"context"
	"path/filepath"
	"sync"
	"time"

	"github.com/concbook/concurrency/internal/engine"
)

// Options say what to measure and how.
type Options struct {
	// Programs are the programs to run (Find).
	Programs []Program
	// Runner runs them under the runner (the yaegi engine); Baseline under
	// the Go toolchain (the go engine).
	Runner, Baseline *engine.Engine
	// CacheDir holds the remembered baselines.
	CacheDir string
	// Jobs is how many programs run at once; at least 1.
	Jobs int
	// Timeout is the wall-time limit of one run.
	Timeout time.Duration
	// Known are the documented differences (KnownDifferences).
	Known map[string]string
}

// DefaultCacheDir is where baselines are remembered: gotests-baselines in
// the runner's cache ($CONCBOOK_CACHE, or concbook in the user cache).
func DefaultCacheDir() string {
	return filepath.Join(engine.DefaultCacheDir(), "gotests-baselines")
}

// Measure runs every program under the runner and the baseline and
// reports each outcome, in the programs' order, as it is known.
func Measure(ctx context.Context, opt Options, report func(Outcome)) error {
	lim := engine.Limits{Timeout: opt.Timeout}
	base := &baselines{engine: opt.Baseline, dir: opt.CacheDir, limits: lim}
	if err := base.prebuild(opt.Programs); err != nil {
		return err
	}
	jobs := max(opt.Jobs, 1)
	outcomes := make([]chan Outcome, len(opt.Programs))
	for i := range outcomes {
		outcomes[i] = make(chan Outcome, 1)
	}
	var (
		firstErr error
		errOnce  sync.Once
		wg       sync.WaitGroup
	)
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	work := make(chan int)
	for range jobs {
		wg.Go(func() {
			for i := range work {
				o, err := measureOne(ctx, opt, base, opt.Programs[i], lim)
				if err != nil {
					errOnce.Do(func() { firstErr = err; cancel() })
				}
				outcomes[i] <- o
			}
		})
	}
	go func() {
		defer close(work)
		for i := range opt.Programs {
			select {
			case work <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	for i := range opt.Programs {
		select {
		case o := <-outcomes[i]:
			if ctx.Err() == nil {
				report(o)
			}
		case <-ctx.Done():
		}
		if ctx.Err() != nil {
			break
		}
	}
	cancel()
	wg.Wait()
	if firstErr != nil {
		return firstErr
	}
	return parent.Err()
}

// measureOne runs p under the baseline, then under the runner.
func measureOne(ctx context.Context, opt Options, base *baselines, p Program, lim engine.Limits) (Outcome, error) {
	bl, err := base.get(ctx, p)
	if err != nil {
		return Outcome{}, err
	}
	if !bl.Runs(p) {
		return judge(p, bl, nil, nil), nil
	}
	res, err := opt.Runner.Run(ctx, request(p, lim))
	if ctx.Err() != nil {
		return Outcome{}, ctx.Err()
	}
	o := judge(p, bl, res, err)
	if why, ok := opt.Known[p.Path]; ok {
		switch o.Verdict {
		case Pass:
			o.Reason = "listed in known.txt but passes: remove the line"
		case Wrong, Refused:
			o.Verdict, o.Reason = Known, why
		}
	}
	return o, nil
}
