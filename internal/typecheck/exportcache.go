//go:build !js

package typecheck

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
)

// go list costs some 50 ms, more than running a small program: what it
// found is kept on disk too, in the user cache folder, keyed by the Go
// version and the module's go.mod and go.sum, so that a new runner process
// (`go run ./runner run prog.go`) finds its imports at once. An entry is
// used only while its export data files exist (go clean -cache removes
// them).

type exportCache struct {
	Files map[string]string   `json:"files"`
	Deps  map[string][]string `json:"deps"`
}

// cachePath is the disk cache of the module at dir, for go list run in the
// environment env (GOOS and GOARCH matter), or "" without one.
func cachePath(dir string, env []string) string {
	h := sha256.New()
	fmt.Fprintln(h, runtime.Version())
	if env != nil {
		fmt.Fprintln(h, env)
	}
	for _, name := range []string{"go.mod", "go.sum"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return ""
		}
		h.Write(b)
	}
	base := os.Getenv("CONCBOOK_CACHE")
	if base == "" {
		d, err := os.UserCacheDir()
		if err != nil {
			return ""
		}
		base = filepath.Join(d, "concbook")
	}
	return filepath.Join(base, "exports-"+hex.EncodeToString(h.Sum(nil))[:16]+".json")
}

// loadDisk fills e from the disk cache, keeping only entries whose files
// exist. Called with e.mu held.
func (e *exportFiles) loadDisk() {
	if e.diskLoaded {
		return
	}
	e.diskLoaded = true
	e.disk = cachePath(e.dir, e.env)
	b, err := os.ReadFile(e.disk)
	if err != nil {
		return
	}
	var c exportCache
	if json.Unmarshal(b, &c) != nil {
		return
	}
	if e.files == nil {
		e.files, e.deps = map[string]string{}, map[string][]string{}
	}
	for p, f := range c.Files {
		if _, err := os.Stat(f); err == nil || f == "" {
			e.files[p] = f
			e.deps[p] = c.Deps[p]
		}
	}
}

// complete reports whether paths and all their dependencies are known.
func (e *exportFiles) complete(paths []string) bool {
	for _, p := range paths {
		if _, ok := e.files[p]; !ok {
			return false
		}
		for _, d := range e.deps[p] {
			if _, ok := e.files[d]; !ok {
				return false
			}
		}
	}
	return true
}

// saveDisk writes what e knows to the disk cache, atomically. Called with
// e.mu held.
func (e *exportFiles) saveDisk() {
	if e.disk == "" {
		return
	}
	c := exportCache{Files: e.files, Deps: e.deps}
	b, err := json.Marshal(c)
	if err != nil || os.MkdirAll(filepath.Dir(e.disk), 0o755) != nil {
		return
	}
	tmp, err := os.CreateTemp(filepath.Dir(e.disk), ".exports-*")
	if err != nil {
		return
	}
	_, werr := tmp.Write(b)
	if cerr := tmp.Close(); werr != nil || cerr != nil {
		os.Remove(tmp.Name())
		return
	}
	if os.Rename(tmp.Name(), e.disk) != nil {
		os.Remove(tmp.Name())
	}
}
