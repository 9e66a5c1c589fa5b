package engine

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
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
	mu    sync.Mutex
	sum   string // the sources' hash, computed once: both clocks share it
	paths map[Clock]string
}

// path returns the worker binary for a clock, building it first if its
// sources changed since the cached one was built.
func (w *workers) path(c Clock) (string, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if p, ok := w.paths[c]; ok {
		return p, nil
	}
	if err := w.hashLocked(); err != nil {
		return "", err
	}
	p := filepath.Join(w.cache, fmt.Sprintf("worker-%s-%s", c, w.sum[:16]))
	if _, err := os.Stat(p); err != nil {
		if err := w.build(c, p); err != nil {
			return "", err
		}
	}
	if w.paths == nil {
		w.paths = map[Clock]string{}
	}
	w.paths[c] = p
	return p, nil
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
// concurrent runners build it once, and atomically.
func (w *workers) build(c Clock, path string) error {
	return BuildCached(w.cache, path, func(tmp string) error {
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
		return nil
	})
}

// BuildCached makes the file path of the cache folder cache with build,
// unless it exists: under the cache's lock file, so that concurrent
// processes build it once, and atomically (build writes a temporary file
// that is renamed to path when it succeeds).
func BuildCached(cache, path string, build func(tmp string) error) error {
	if err := os.MkdirAll(cache, 0o755); err != nil {
		return err
	}
	lock, err := os.OpenFile(filepath.Join(cache, "build.lock"), os.O_CREATE|os.O_RDWR, 0o644)
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
