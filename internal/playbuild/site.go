package playbuild

import (
	_ "embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/concbook/concurrency/internal/book"
	"github.com/concbook/concurrency/internal/engine"
	"github.com/concbook/concurrency/internal/play"
)

//go:embed js/worker.js
var workerJS []byte

// siteGoMod makes the built site a module of its own, so that the go
// command's ./... in the book's module (go vet, go test) skips the program
// sources under programs/, which are many package mains in one folder.
var siteGoMod = []byte("// The built site, not Go code: this file keeps `go vet ./...` and\n// `go test ./...` of the book out of programs/ (internal/playbuild).\nmodule concbook.invalid/site\n")

// NotRunnable is a program the page cannot run, and why.
type NotRunnable struct {
	Program *book.Program
	Reason  string
}

// Files returns the site's files for the in-page runner, by their path in
// the site: play/runner.wasm with its .gz and .br forms, play/worker.js,
// play/wasm_exec.js and its license play/LICENSE-go, go.mod (siteGoMod),
// and for every program
// of bk programs/CHAPTER/NAME.go (its source, segments joined) and
// programs/CHAPTER/NAME.txt (its transcript as under expected/, if it has
// one; an exercise's starter gets its solution's), read from the book's
// root, and for every program the page can run but a test program
// programs/CHAPTER/NAME.lowered.go, the program lowered ahead (lowered.go). The runner is built from the module
// this package belongs to into cache unless cached (Build). It also
// returns the programs the page cannot run.
func Files(root, cache string, bk *book.Book) (map[string][]byte, []NotRunnable, error) {
	a, err := Build(engine.ModuleRoot(), cache)
	if err != nil {
		return nil, nil, err
	}
	files := map[string][]byte{"play/worker.js": workerJS, "go.mod": siteGoMod}
	goroot, err := goRoot()
	if err != nil {
		return nil, nil, err
	}
	for name, src := range map[string]string{
		"play/runner.wasm":    a.Wasm,
		"play/runner.wasm.gz": a.Gzip,
		"play/runner.wasm.br": a.Brotli,
		"play/wasm_exec.js":   filepath.Join(goroot, "lib", "wasm", "wasm_exec.js"),
		"play/LICENSE-go":     filepath.Join(goroot, "LICENSE"),
	} {
		b, err := os.ReadFile(src)
		if err != nil {
			return nil, nil, fmt.Errorf("the page runner: %w", err)
		}
		files[name] = b
	}
	lw, err := NewLowerer(engine.ModuleRoot())
	if err != nil {
		return nil, nil, err
	}
	defer lw.Close()
	var skipped []NotRunnable
	for _, p := range bk.Programs() {
		base := path.Join("programs", p.Chapter.ID, p.Name)
		files[base+".go"] = []byte(p.Code())
		// An exercise's starter is checked, in the page, against its
		// solution's transcript: the reader's answer should print that.
		tp := p.TranscriptPath()
		if p.Exercise && p.Solution != nil {
			tp = p.Solution.TranscriptPath()
		}
		t, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(tp)))
		switch {
		case err == nil:
			files[base+".txt"] = t
		case !errors.Is(err, fs.ErrNotExist):
			return nil, nil, err
		}
		ok, reason := play.Runnable(p)
		if !ok {
			skipped = append(skipped, NotRunnable{Program: p, Reason: reason})
			continue
		}
		// Lowered ahead, as the page would (lowered.go); a test program
		// comes with its cells' //line directives, which the page writes.
		if !p.Test {
			if lowered, err := lw.Lower([]byte(p.Code())); err == nil {
				files[base+".lowered.go"] = lowered
			}
		}
	}
	return files, skipped, nil
}

// goRoot is the GOROOT of the go command that builds the runner, whose
// wasm_exec.js must match it.
func goRoot() (string, error) {
	b, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return runtime.GOROOT(), nil
	}
	return strings.TrimSpace(string(b)), nil
}
