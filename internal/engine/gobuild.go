package engine

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
)

// goBuilds compiles programs with the Go toolchain for the Go engine, as
// `go run` would but with CGO_ENABLED=0 and, on the virtual clock, -tags
// faketime. Each program is built in a module of its own that has the
// book's go.mod and go.sum, so that it can import what the book's programs
// import (golang.org/x/sync). Binaries are cached by the hash of what they
// are built from.
type goBuilds struct {
	root  string
	cache string
	mu    sync.Mutex
	locks map[string]*sync.Mutex
}

// binary returns the path of the program of req, built for its clock.
func (g *goBuilds) binary(req Request) (string, error) {
	src := withLineDirective(req)
	if req.Test {
		if req.Trace {
			return "", traceable(req, false)
		}
		return g.build(src, req.Clock, buildTest, false)
	}
	if req.Trace {
		_, _, children := StartsProcesses(req)
		if err := traceable(req, children); err != nil {
			return "", err
		}
	}
	return g.build(src, req.Clock, buildProgram, req.Trace)
}

// module reads the book's go.mod and go.sum, which every program's module
// copies.
func (g *goBuilds) module() (gomod, gosum []byte, err error) {
	if gomod, err = os.ReadFile(filepath.Join(g.root, "go.mod")); err != nil {
		return nil, nil, err
	}
	gosum, err = os.ReadFile(filepath.Join(g.root, "go.sum"))
	return moduleNamed(gomod, "concbookprogram"), gosum, err
}

// buildKind is what a binary is built as.
type buildKind int

const (
	buildProgram buildKind = iota // go build
	_                             // once a program with a file that re-ran children on the real clock
	buildTest                     // go test -c of a test file
)

// binPath is where the binary of src for clock c is cached.
func (g *goBuilds) binPath(gomod, gosum, src []byte, c Clock, kind buildKind, traced bool) string {
	h := sha256.New()
	// The kinds hash as the boolean that was here before tests: cached
	// programs keep their names.
	switch kind {
	case buildProgram:
		fmt.Fprintf(h, "%s\n%s\n%v\n", runtime.Version(), c, false)
	default:
		fmt.Fprintf(h, "%s\n%s\ntest\n", runtime.Version(), c)
	}
	if traced {
		fmt.Fprintf(h, "traced %d\n", len(traceSource))
		h.Write([]byte(traceSource + fakeWriteMarked))
	}
	for _, b := range [][]byte{gomod, gosum, src} {
		fmt.Fprintf(h, "%d\n", len(b))
		h.Write(b)
	}
	return filepath.Join(g.cache, hex.EncodeToString(h.Sum(nil))[:24])
}

// writePackage writes the files of a program's main package to dir: a
// test program is its test file; a traced program gets its trace's start
// and stops (trace.go).
func writePackage(dir string, src []byte, kind buildKind, traced bool) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if traced {
		var err error
		if src, err = instrument(src); err != nil {
			return fmt.Errorf("tracing: %w", err)
		}
		if err := os.WriteFile(filepath.Join(dir, traceFile), []byte(traceSource), 0o644); err != nil {
			return err
		}
	}
	if kind == buildTest {
		return os.WriteFile(filepath.Join(dir, "main_test.go"), src, 0o644)
	}
	return os.WriteFile(filepath.Join(dir, "main.go"), src, 0o644)
}

// goBuild runs go build in dir for clock c, or go test -c for a test.
func goBuild(dir string, c Clock, kind buildKind, args ...string) ([]byte, error) {
	all := []string{"build"}
	if kind == buildTest {
		all = []string{"test", "-c"}
	}
	if tags := c.buildTags(); len(tags) > 0 {
		all = append(all, "-tags", strings.Join(tags, ","))
	}
	cmd := exec.Command("go", append(all, args...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOFLAGS=-mod=mod")
	return cmd.CombinedOutput()
}

// build compiles src for clock c, traced or not, once per distinct input.
func (g *goBuilds) build(src []byte, c Clock, kind buildKind, traced bool) (string, error) {
	gomod, gosum, err := g.module()
	if err != nil {
		return "", err
	}
	bin := g.binPath(gomod, gosum, src, c, kind, traced)
	sum := filepath.Base(bin)

	lock := g.lock(sum)
	lock.Lock()
	defer lock.Unlock()
	if _, err := os.Stat(bin); err == nil {
		return bin, nil
	}
	dir, err := os.MkdirTemp("", "concbook-build-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(dir)
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), gomod, 0o644); err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(dir, "go.sum"), gosum, 0o644); err != nil {
		return "", err
	}
	if err := writePackage(dir, src, kind, traced); err != nil {
		return "", err
	}
	if err := os.MkdirAll(g.cache, 0o755); err != nil {
		return "", err
	}
	tmp := bin + ".tmp-" + randomToken()
	defer os.Remove(tmp)
	args := []string{"-o", tmp}
	if traced {
		overlay, err := traceOverlay(g.cache)
		if err != nil {
			return "", err
		}
		args = append(args, "-overlay", overlay)
	}
	if out, err := goBuild(dir, c, kind, append(args, ".")...); err != nil {
		if msg := compilerMessages(out, dir); msg != "" {
			return "", &CompileError{Msg: msg}
		}
		return "", fmt.Errorf("go build: %v\n%s", err, out)
	}
	return bin, os.Rename(tmp, bin)
}

// prebuild compiles, in one go build per clock, every binary the requests
// need that is not cached yet: one go command builds many packages in
// parallel, faster than one command a program. A program that does not
// compile is left to build, which reports its errors.
func (g *goBuilds) prebuild(reqs []Request) error {
	gomod, gosum, err := g.module()
	if err != nil {
		return err
	}
	type want struct {
		src    []byte
		kind   buildKind
		clock  Clock
		traced bool
	}
	// One go command for each clock, traced or not (the overlay).
	type flavour struct {
		clock  Clock
		traced bool
	}
	byClock := map[flavour]map[string]want{}
	add := func(w want) {
		bin := g.binPath(gomod, gosum, w.src, w.clock, w.kind, w.traced)
		if _, err := os.Stat(bin); err == nil {
			return
		}
		f := flavour{w.clock, w.traced}
		if byClock[f] == nil {
			byClock[f] = map[string]want{}
		}
		byClock[f][bin] = w
	}
	for _, req := range reqs {
		if req.Test {
			continue // go test -c builds one package a command: build does it
		}
		src := withLineDirective(req)
		clock := cmp.Or(req.Clock, ClockVirtual)
		if req.Trace {
			_, _, children := StartsProcesses(req)
			if traceable(req, children) == nil {
				add(want{src, buildProgram, clock, true})
			}
			continue
		}
		add(want{src, buildProgram, clock, false})
	}
	if err := os.MkdirAll(g.cache, 0o755); err != nil {
		return err
	}
	for fl, wants := range byClock {
		dir, err := os.MkdirTemp("", "concbook-prebuild-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		if err := os.WriteFile(filepath.Join(dir, "go.mod"), gomod, 0o644); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, "go.sum"), gosum, 0o644); err != nil {
			return err
		}
		args := []string{"-o", filepath.Join(dir, "bin") + "/"}
		if fl.traced {
			overlay, err := traceOverlay(g.cache)
			if err != nil {
				return err
			}
			args = append(args, "-overlay", overlay)
		}
		for bin, w := range wants {
			name := "p" + filepath.Base(bin)
			if err := writePackage(filepath.Join(dir, name), w.src, w.kind, w.traced); err != nil {
				continue // build reports it
			}
			args = append(args, "./"+name)
		}
		goBuild(dir, fl.clock, buildProgram, args...) // failures are reported by build
		for bin := range wants {
			os.Rename(filepath.Join(dir, "bin", "p"+filepath.Base(bin)), bin)
		}
	}
	return nil
}

// withLineDirective names the request's file in the compiler's messages.
func withLineDirective(req Request) []byte {
	if bytes.HasPrefix(req.Source, []byte("//line ")) {
		return req.Source
	}
	return append([]byte("//line "+req.Filename+":1:1\n"), req.Source...)
}

func (g *goBuilds) lock(key string) *sync.Mutex {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.locks == nil {
		g.locks = map[string]*sync.Mutex{}
	}
	if g.locks[key] == nil {
		g.locks[key] = &sync.Mutex{}
	}
	return g.locks[key]
}

var moduleLine = regexp.MustCompile(`(?m)^module .*$`)

// moduleNamed is go.mod with its module path replaced.
func moduleNamed(gomod []byte, name string) []byte {
	return moduleLine.ReplaceAll(gomod, []byte("module "+name))
}

// compilerMessage matches the compiler's "file:line:col: message" lines.
var compilerMessage = regexp.MustCompile(`(?m)^(?:\./)?\S+:\d+:\d+: .*$`)

// compilerMessages keeps the compiler's messages of go build's output,
// without the "# package" header. The go command, run in dir, writes the
// path of a file outside dir relative to dir when that is shorter
// (../src/prog.go for a //line directive naming /tmp/src/prog.go): such a
// path is made absolute again, as the directive names it.
func compilerMessages(out []byte, dir string) string {
	msgs := compilerMessage.FindAllString(string(out), -1)
	for i, m := range msgs {
		if path, rest, ok := strings.Cut(m, ":"); ok && strings.HasPrefix(path, "..") {
			msgs[i] = filepath.Join(dir, path) + ":" + rest
		}
	}
	return strings.Join(msgs, "\n")
}
