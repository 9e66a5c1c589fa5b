package engine

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
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

// goBinary is a built program and the environment it runs with.
type goBinary struct {
	path string
	env  []string
}

// childExecSource is added to a virtual-clock program that uses os/exec: a
// process started by the program (the program itself, re-run) replaces
// itself by the real-clock build, so that children run on the real clock
// and write unframed output, as they do under `go run`.
const childExecSource = `package main

import (
	"os"
	"strconv"
	"syscall"
)

func init() {
	exe, sup := os.Getenv("` + childExecEnv + `"), os.Getenv("` + supervisorEnv + `")
	if exe == "" || sup == strconv.Itoa(os.Getppid()) {
		return
	}
	os.Unsetenv("` + childExecEnv + `")
	syscall.Exec(exe, os.Args, os.Environ())
}
`

// binary returns the program of req, built for its clock.
func (g *goBuilds) binary(req Request) (goBinary, error) {
	src := req.Source
	if !bytes.HasPrefix(src, []byte("//line ")) {
		src = append([]byte("//line "+req.Filename+":1:1\n"), src...)
	}
	children := usesExec(src)
	bin, err := g.build(src, req.Clock, children)
	if err != nil {
		return goBinary{}, err
	}
	b := goBinary{path: bin}
	if req.Clock == ClockVirtual && children {
		real, err := g.build(src, ClockReal, false)
		if err != nil {
			return goBinary{}, err
		}
		b.env = []string{childExecEnv + "=" + real, supervisorEnv + "=" + strconv.Itoa(os.Getpid())}
	}
	return b, nil
}

// usesExec reports whether a program imports os/exec (and so may start
// itself again).
func usesExec(src []byte) bool {
	f, err := parser.ParseFile(token.NewFileSet(), "", src, parser.ImportsOnly)
	if err != nil {
		return false
	}
	for _, im := range f.Imports {
		if im.Path.Value == `"os/exec"` {
			return true
		}
	}
	return false
}

// build compiles src for clock c, once per distinct input.
func (g *goBuilds) build(src []byte, c Clock, childExec bool) (string, error) {
	gomod, err := os.ReadFile(filepath.Join(g.root, "go.mod"))
	if err != nil {
		return "", err
	}
	gosum, err := os.ReadFile(filepath.Join(g.root, "go.sum"))
	if err != nil {
		return "", err
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s\n%s\n%v\n", runtime.Version(), c, childExec)
	for _, b := range [][]byte{gomod, gosum, src} {
		fmt.Fprintf(h, "%d\n", len(b))
		h.Write(b)
	}
	sum := hex.EncodeToString(h.Sum(nil))[:24]
	bin := filepath.Join(g.cache, sum)

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
	files := map[string][]byte{
		"go.mod":  moduleNamed(gomod, "concbookprogram"),
		"go.sum":  gosum,
		"main.go": src,
	}
	if childExec {
		files["zz_concbook_child.go"] = []byte(childExecSource)
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return "", err
		}
	}
	if err := os.MkdirAll(g.cache, 0o755); err != nil {
		return "", err
	}
	tmp := bin + ".tmp"
	args := []string{"build", "-o", tmp}
	if tags := c.buildTags(); len(tags) > 0 {
		args = append(args, "-tags", strings.Join(tags, ","))
	}
	cmd := exec.Command("go", append(args, ".")...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOFLAGS=-mod=mod")
	if out, err := cmd.CombinedOutput(); err != nil {
		if msg := compilerMessages(out); msg != "" {
			return "", &CompileError{Msg: msg}
		}
		return "", fmt.Errorf("go build: %v\n%s", err, out)
	}
	return bin, os.Rename(tmp, bin)
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
// without the "# package" header.
func compilerMessages(out []byte) string {
	return strings.Join(compilerMessage.FindAllString(string(out), -1), "\n")
}
