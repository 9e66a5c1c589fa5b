package check

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/concbook/concurrency/internal/book"
	"github.com/concbook/concurrency/internal/engine"
)

// ResultCache remembers the programs that passed, as `go test` remembers
// the packages whose tests passed: a program whose source, fence,
// transcript, engines and runner are unchanged passes again without
// running, and is reported "(cached)". Failures are never remembered, nor
// are outcomes of -update that wrote a transcript. `runner check -count=N`
// runs without it.
//
// An entry is a file named by the hash of everything the outcome depends
// on (see key) and holds the run's result, so that -json reports a cached
// program's transcript and writes as it would a fresh run's. Entries are
// written without fsync: a torn entry does not decode and is a miss. Those
// not used for a week are removed, once per check.
type ResultCache struct {
	Dir string

	trimOnce sync.Once
}

// Identifier is a Runner that names what it runs programs with
// (*engine.Engine.Identity); a check caches results only when each of its
// engines is one.
type Identifier interface {
	Identity() (string, error)
}

// cachedResult is an entry of the cache.
type cachedResult struct {
	Elapsed time.Duration
	Result  *engine.Result
}

// key hashes what the check of p depends on: the runner and each engine
// (their identities), the program's source and how it runs (its request
// and fence), and its transcript as read (exists false when it has none).
// ok is false when an engine cannot say what it is.
func (c *ResultCache) key(opt Options, p *book.Program, transcript []byte, exists bool) (string, bool) {
	h := sha256.New()
	fmt.Fprintf(h, "concbook result v1\n%s\n", engine.ExecutableID())
	for _, eng := range opt.Engines {
		id, ok := eng.Runner.(Identifier)
		if !ok {
			return "", false
		}
		s, err := id.Identity()
		if err != nil {
			return "", false
		}
		fmt.Fprintf(h, "engine %s %s\n", eng.Name, s)
	}
	req := request(opt, p)
	fmt.Fprintf(h, "program %s %s\nclock %s limits %+v compile-only %t test %t args %q exit %d engine %q\n",
		p.ID(), req.Filename, req.Clock, req.Limits, req.CompileOnly, req.Test, req.Args, p.Exit, p.Engine)
	fmt.Fprintf(h, "source %d\n", len(req.Source))
	h.Write(req.Source)
	fmt.Fprintf(h, "transcript %t %d\n", exists, len(transcript))
	h.Write(transcript)
	return hex.EncodeToString(h.Sum(nil))[:40], true
}

// get returns the cached outcome of a passing check, or nil.
func (c *ResultCache) get(key string, p *book.Program) *Outcome {
	path := filepath.Join(c.Dir, key[:2], key)
	b, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	var e cachedResult
	if json.Unmarshal(b, &e) != nil {
		return nil
	}
	// Mark the entry used, as Go's build cache does, at most hourly.
	if info, err := os.Stat(path); err == nil && time.Since(info.ModTime()) > time.Hour {
		now := time.Now()
		os.Chtimes(path, now, now)
	}
	return &Outcome{ID: p.ID(), Pos: p.Pos(), Status: Pass, Program: p, Cached: true, Elapsed: e.Elapsed, Result: e.Result}
}

// put remembers a passing outcome.
func (c *ResultCache) put(key string, o *Outcome) {
	b, err := json.Marshal(cachedResult{Elapsed: o.Elapsed, Result: o.Result})
	if err != nil {
		return
	}
	dir := filepath.Join(c.Dir, key[:2])
	if os.MkdirAll(dir, 0o755) != nil {
		return
	}
	f, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return
	}
	_, werr := f.Write(b)
	if f.Close() != nil || werr != nil || os.Rename(f.Name(), filepath.Join(dir, key)) != nil {
		os.Remove(f.Name())
	}
	c.trimOnce.Do(c.trim)
}

// trim removes the entries not used for a week.
func (c *ResultCache) trim() {
	filepath.WalkDir(c.Dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		if info, err := d.Info(); err == nil && time.Since(info.ModTime()) > 7*24*time.Hour {
			os.Remove(path)
		}
		return nil
	})
}
