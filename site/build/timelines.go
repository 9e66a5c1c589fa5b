package build

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/concbook/concurrency/internal/book"
	"github.com/concbook/concurrency/internal/engine"
	"github.com/concbook/concurrency/internal/timeline"
	"github.com/concbook/concurrency/internal/transcript"
	"github.com/concbook/concurrency/site/render"
)

// timelineVersion names the timeline's format in the cache key: bump it
// when internal/timeline draws differently.
const timelineVersion = "timeline-6"

// timelines makes the timeline of every program of the book
// (internal/timeline): each virtual-clock program runs twice under the Go
// engine, once as it is and once traced. What comes out, a picture or the
// reason there is none, is cached in cacheDir by the program's source, its
// clock and limits, its transcript, the Go version and timelineVersion, so
// that a second build runs nothing.
//
// A program's traced run must match its transcript, as its checked runs
// do; a program without a transcript gets no timeline.
func timelines(bk *book.Book, transcripts map[*book.Program]*transcript.Transcript, bookRoot, cacheDir string) map[*book.Program]*render.Timeline {
	out := map[*book.Program]*render.Timeline{}
	var todo []*book.Program
	paths := map[*book.Program]string{}
	for _, p := range bk.Programs() {
		paths[p] = timelinePath(cacheDir, timelineKey(bookRoot, p))
		if t, ok := cachedTimeline(paths[p]); ok {
			out[p] = t
			continue
		}
		todo = append(todo, p)
	}
	if len(todo) == 0 {
		return out
	}
	e := engine.NewKind(engine.Go, engine.ModuleRoot(), "")
	var reqs []engine.Request
	for _, p := range todo {
		if p.Clock != "real" && !p.Test {
			req := programRequest(p)
			reqs = append(reqs, req)
			req.Trace = true
			reqs = append(reqs, req)
		}
	}
	_ = e.Prebuild(reqs) // a program that does not build says so when it runs

	var mu sync.Mutex
	work := make(chan *book.Program)
	var wg sync.WaitGroup
	for range max(1, runtime.NumCPU()) {
		wg.Go(func() {
			for p := range work {
				t, keep := programTimeline(e, p, transcripts[p])
				if keep {
					storeTimeline(paths[p], t)
				}
				mu.Lock()
				out[p] = t
				mu.Unlock()
			}
		})
	}
	for _, p := range todo {
		work <- p
	}
	close(work)
	wg.Wait()
	return out
}

// programRequest is how the runner runs p.
func programRequest(p *book.Program) engine.Request {
	return engine.Request{
		Filename: p.Chapter.Path,
		Name:     p.Name,
		Source:   p.Source(),
		Clock:    engine.Clock(cmp.Or(p.Clock, "virtual")),
		Limits:   engine.Limits{Timeout: cmp.Or(p.Timeout, engine.DefaultTimeout)},
	}
}

// programTimeline draws p's timeline, or says in one line why it has none,
// and whether the answer may be cached (not when the run was cut short).
func programTimeline(e *engine.Engine, p *book.Program, t *transcript.Transcript) (*render.Timeline, bool) {
	if p.Clock == "real" {
		return &render.Timeline{Reason: "it runs on the real clock, whose timings differ on every run"}, true
	}
	if p.Test {
		return &render.Timeline{Reason: "it is a test program, run as go test runs it, which is not traced"}, true
	}
	if t == nil {
		return &render.Timeline{Reason: "its output has no transcript to check the traced run against"}, true
	}
	check := func(res *engine.Result) error { return t.Match(res.Transcript()) }
	ctx, cancel := context.WithTimeout(context.Background(), 2*cmp.Or(p.Timeout, engine.DefaultTimeout)+time.Minute)
	defer cancel()
	tl, _, err := timeline.Run(ctx, e, programRequest(p), check)
	var ce *engine.CompileError
	switch {
	case errors.As(err, &ce):
		return &render.Timeline{Reason: "it does not build"}, true
	case errors.Is(err, engine.ErrNotTraceable):
		return &render.Timeline{Reason: "it " + strings.TrimPrefix(err.Error(), engine.ErrNotTraceable.Error()+": the program ")}, true
	case ctx.Err() != nil:
		return &render.Timeline{Reason: "its runs took too long"}, false
	case err != nil:
		return &render.Timeline{Reason: trimNoTimeline(err.Error())}, true
	}
	summary := tl.Summary()
	return &render.Timeline{
		SVG:     string(tl.SVG(timeline.Options{Title: p.Name + ": " + summary})),
		Summary: summary,
	}, true
}

// trimNoTimeline drops the "no timeline: " the error starts with: the page
// says it already.
func trimNoTimeline(s string) string {
	const prefix = "no timeline: "
	if len(s) > len(prefix) && s[:len(prefix)] == prefix {
		return s[len(prefix):]
	}
	return s
}

// timelineKey is the cache key of p's timeline: its source, clock and
// limit, its transcript (which the traced run is checked against), the Go
// version and timelineVersion.
func timelineKey(root string, p *book.Program) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\n%s\n%s\n%v\n", timelineVersion, runtime.Version(), p.Clock, p.Timeout)
	t, _ := os.ReadFile(filepath.Join(root, filepath.FromSlash(p.TranscriptPath())))
	fmt.Fprintf(h, "%d\n%s", len(t), t)
	h.Write(p.Source())
	return hex.EncodeToString(h.Sum(nil))[:32]
}

func timelinePath(cacheDir, key string) string {
	return filepath.Join(cacheDir, "timelines", key+".json")
}

func cachedTimeline(path string) (*render.Timeline, bool) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, false
	}
	var t render.Timeline
	if json.Unmarshal(data, &t) != nil {
		return nil, false
	}
	return &t, true
}

// storeTimeline caches t at path.
func storeTimeline(path string, t *render.Timeline) {
	data, err := json.Marshal(t)
	if err != nil {
		return
	}
	if os.MkdirAll(filepath.Dir(path), 0o755) != nil {
		return
	}
	tmp := fmt.Sprintf("%s.tmp-%d", path, os.Getpid())
	if os.WriteFile(tmp, data, 0o644) == nil {
		_ = os.Rename(tmp, path)
	}
}
