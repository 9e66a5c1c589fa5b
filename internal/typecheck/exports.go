//go:build !js

package typecheck

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/importer"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"sync"
)

// exportFiles finds the compiler export data of packages with go list, and
// remembers them: go list runs only for paths it has not seen.
type exportFiles struct {
	dir   string   // where go list runs: the module root
	env   []string // go list's environment: nil for the process's
	mu    sync.Mutex
	files map[string]string // import path -> export data file
	deps  map[string][]string

	diskLoaded bool   // whether the disk cache (exportcache.go) was read
	disk       string // its path
}

// ensure makes sure the export data of paths and of their dependencies is
// known, running go list at most once for all the missing ones.
func (e *exportFiles) ensure(paths []string) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.loadDisk()
	var missing []string
	for _, p := range paths {
		if !e.complete([]string{p}) {
			missing = append(missing, p)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	defer e.saveDisk()
	args := append([]string{"list", "-e", "-export", "-deps", "-json=ImportPath,Export,Deps,Error"}, missing...)
	cmd := exec.Command("go", args...)
	cmd.Dir = e.dir
	if e.env != nil {
		cmd.Env = e.env
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("go list -export %v: %v\n%s", missing, err, stderr.Bytes())
	}
	if e.files == nil {
		e.files, e.deps = map[string]string{}, map[string][]string{}
	}
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p struct {
			ImportPath, Export string
			Deps               []string
			Error              *struct{ Err string }
		}
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return fmt.Errorf("reading go list output: %w", err)
		}
		if p.Error != nil || p.Export == "" {
			// An unknown import, which the type checker reports, or a
			// package without export data (unsafe): known, with no file.
			if _, ok := e.files[p.ImportPath]; !ok {
				e.files[p.ImportPath] = ""
			}
			continue
		}
		e.files[p.ImportPath] = p.Export
		e.deps[p.ImportPath] = p.Deps
	}
	for _, p := range missing {
		if _, ok := e.files[p]; !ok {
			e.files[p] = "" // remembered as unknown
		}
	}
	return nil
}

// importer imports packages from the export data go list finds.
func (e *exportFiles) importer(fset *token.FileSet) types.Importer {
	return importer.ForCompiler(fset, "gc", e.open)
}

// open opens the export data of the package path, for the gc importer.
func (e *exportFiles) open(path string) (io.ReadCloser, error) {
	e.mu.Lock()
	file, ok := e.files[path]
	e.mu.Unlock()
	if !ok || file == "" {
		return nil, fmt.Errorf("package %s is not in std or in the module's requirements", path)
	}
	return os.Open(file)
}

// dependsOn reports whether any of the packages paths is or imports, directly
// or not, the package dep.
func (e *exportFiles) dependsOn(paths []string, dep string) bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	for _, p := range paths {
		if p == dep {
			return true
		}
		for _, d := range e.deps[p] {
			if d == dep {
				return true
			}
		}
	}
	return false
}
