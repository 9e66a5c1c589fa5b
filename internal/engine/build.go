package engine

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"time"
)

// workerPackage is the worker's import path relative to the module root.
const workerPackage = "./runner/worker"

// ModuleRoot is the folder of the module this package was built from. The
// worker binaries are built from its runner/worker.
func ModuleRoot() string {
	_, file, _, _ := runtime.Caller(0) // .../internal/engine/build.go
	return filepath.Dir(filepath.Dir(filepath.Dir(file)))
}

// workers builds each worker binary at most once per process.
type workers struct {
	root  string
	cache string
	log   func(format string, args ...any) // progress of builds; nil for none

	mu       sync.Mutex
	sum      string // the sources' hash, computed once: both clocks share it
	paths    map[Clock]string
	building map[Clock]*sync.Mutex // one build of each clock at a time
}

// path returns the worker binary for a clock, building it first if its
// sources changed since the cached one was built.
func (w *workers) path(c Clock) (string, error) {
	w.mu.Lock()
	if p, ok := w.paths[c]; ok {
		w.mu.Unlock()
		return p, nil
	}
	if err := w.hashLocked(); err != nil {
		w.mu.Unlock()
		return "", err
	}
	if w.building == nil {
		w.building = map[Clock]*sync.Mutex{}
	}
	if w.building[c] == nil {
		w.building[c] = &sync.Mutex{}
	}
	b, p := w.building[c], filepath.Join(w.cache, fmt.Sprintf("worker-%s-%s", c, w.sum[:16]))
	w.mu.Unlock()

	// Outside w.mu: the two clocks' workers build side by side.
	b.Lock()
	defer b.Unlock()
	if _, err := os.Stat(p); err != nil {
		if err := w.build(c, p); err != nil {
			return "", err
		}
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.paths == nil {
		w.paths = map[Clock]string{}
	}
	w.paths[c] = p
	return p, nil
}

// all returns the worker binaries of both clocks, building those that are
// missing side by side.
func (w *workers) all() error {
	clocks := []Clock{ClockVirtual, ClockReal}
	errs := make([]error, len(clocks))
	var wg sync.WaitGroup
	for i, c := range clocks {
		wg.Go(func() { _, errs[i] = w.path(c) })
	}
	wg.Wait()
	return errors.Join(errs...)
}

// hash returns the hash of the worker's sources.
func (w *workers) hash() (string, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	err := w.hashLocked()
	return w.sum, err
}

func (w *workers) hashLocked() error {
	if w.sum != "" {
		return nil
	}
	sum, err := sourceHash(w.root, w.cache)
	if err != nil {
		return fmt.Errorf("hashing the worker's sources: %w", err)
	}
	w.sum = sum
	return nil
}

// build compiles the worker for clock c to path, under a lock file so that
// concurrent runners build it once, and atomically. It says what it builds
// and why, since a build takes minutes of CPU.
func (w *workers) build(c Clock, path string) error {
	return BuildCached(w.cache, path, func(tmp string) error {
		why := "none is built yet"
		if len(w.older(c, path)) > 0 {
			why = "its sources changed (runner/worker, third_party/yaegi, go.mod or the Go version)"
		}
		w.logf("runner: building the %s-clock worker into %s: %s; this takes a minute or more of CPU, once", c, w.cache, why)
		start := time.Now()
		args := []string{"build", "-o", tmp}
		if tags := c.buildTags(); len(tags) > 0 {
			args = append(args, "-tags", strings.Join(tags, ","))
		}
		cmd := exec.Command("go", append(args, workerPackage)...)
		cmd.Dir = w.root
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("building the %s-clock worker: %v\n%s", c, err, out)
		}
		w.logf("runner: built the %s-clock worker in %.0fs", c, time.Since(start).Seconds())
		// Workers of older sources go once a day old (a runner
		// started before the change may still be using one).
		for _, old := range w.older(c, path) {
			if info, err := os.Stat(old); err == nil && time.Since(info.ModTime()) > 24*time.Hour {
				os.Remove(old)
				os.Remove(old + ".lock")
			}
		}
		return nil
	})
}

// older lists the cached workers of clock c other than path.
func (w *workers) older(c Clock, path string) []string {
	matches, _ := filepath.Glob(filepath.Join(w.cache, fmt.Sprintf("worker-%s-*", c)))
	var out []string
	for _, m := range matches {
		if m != path && filepath.Ext(m) == "" {
			out = append(out, m)
		}
	}
	return out
}

func (w *workers) logf(format string, args ...any) {
	if w.log != nil {
		w.log(format, args...)
	}
}

// BuildCached makes the file path of the cache folder cache with build,
// unless it exists: under a lock file of its own (path.lock), so that
// concurrent processes build it once, and atomically (build writes a
// temporary file that is renamed to path when it succeeds).
func BuildCached(cache, path string, build func(tmp string) error) error {
	if err := os.MkdirAll(cache, 0o755); err != nil {
		return err
	}
	lock, err := os.OpenFile(path+".lock", os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return err
	}
	defer lock.Close()
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX); err != nil {
		return err
	}
	defer syscall.Flock(int(lock.Fd()), syscall.LOCK_UN)
	if _, err := os.Stat(path); err == nil {
		return nil // built by another process meanwhile
	}
	tmp := path + ".tmp"
	defer os.Remove(tmp)
	if err := build(tmp); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// DefaultCacheDir is where worker binaries are kept between runs:
// $CONCBOOK_CACHE, or concbook in the user cache directory.
func DefaultCacheDir() string {
	if d := os.Getenv("CONCBOOK_CACHE"); d != "" {
		return d
	}
	d, err := os.UserCacheDir()
	if err != nil {
		d = os.TempDir()
	}
	return filepath.Join(d, "concbook")
}
