package gotests

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	"github.com/concbook/concurrency/internal/engine"
)

// Baseline is what the Go toolchain made of a program on the virtual
// clock.
type Baseline struct {
	// CompileError is the compiler's message when it did not build.
	CompileError string `json:"compileError,omitempty"`
	Transcript   string `json:"transcript"`
	Passed       bool   `json:"passed"`
}

// Runs reports whether real Go runs the program here: it builds, exits 0
// within its limits and prints the .out, if there is one.
func (b Baseline) Runs(p Program) bool {
	return b.CompileError == "" && b.Passed && (p.Out == nil || b.Transcript == string(p.Out))
}

// baselines runs programs under the go engine, remembering the results in
// a folder: one JSON file a program, named by the hash of the Go version,
// the clock, the limits and the program's source.
type baselines struct {
	engine *engine.Engine
	dir    string
	limits engine.Limits
}

func (b *baselines) key(p Program) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\n%s\n%v\n%d\n", runtime.Version(), engine.ClockVirtual, b.limits.Timeout, len(p.Source))
	h.Write(p.Source)
	return filepath.Join(b.dir, hex.EncodeToString(h.Sum(nil))[:32]+".json")
}

// cached returns the remembered baseline of p, if there is one.
func (b *baselines) cached(p Program) (Baseline, bool) {
	data, err := os.ReadFile(b.key(p))
	if err != nil {
		return Baseline{}, false
	}
	var bl Baseline
	if json.Unmarshal(data, &bl) != nil {
		return Baseline{}, false
	}
	return bl, true
}

// prebuild compiles, in one go command, the programs that have no
// remembered baseline yet.
func (b *baselines) prebuild(progs []Program) error {
	var reqs []engine.Request
	for _, p := range progs {
		if _, ok := b.cached(p); !ok {
			reqs = append(reqs, request(p, b.limits))
		}
	}
	if len(reqs) == 0 {
		return nil
	}
	return b.engine.Prebuild(reqs)
}

// get returns p's baseline, from the cache or by running it.
func (b *baselines) get(ctx context.Context, p Program) (Baseline, error) {
	if bl, ok := b.cached(p); ok {
		return bl, nil
	}
	var bl Baseline
	res, err := b.engine.Run(ctx, request(p, b.limits))
	var ce *engine.CompileError
	switch {
	case errors.As(err, &ce):
		bl.CompileError = ce.Msg
	case err != nil && ctx.Err() == nil:
		// The go command failed otherwise (build constraints that exclude
		// the file, say): real Go does not run the program here either.
		bl.CompileError = "go engine: " + err.Error()
	case err != nil:
		return Baseline{}, err
	default:
		bl.Transcript, bl.Passed = res.Transcript(), res.Passed()
	}
	if ctx.Err() != nil {
		return Baseline{}, ctx.Err()
	}
	data, err := json.Marshal(bl)
	if err != nil {
		return Baseline{}, err
	}
	if err := os.MkdirAll(b.dir, 0o755); err != nil {
		return Baseline{}, err
	}
	tmp := b.key(p) + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return Baseline{}, err
	}
	return bl, os.Rename(tmp, b.key(p))
}

// request is the run of p on the virtual clock.
func request(p Program, lim engine.Limits) engine.Request {
	return engine.Request{Filename: p.Path, Source: p.Source, Clock: engine.ClockVirtual, Limits: lim}
}
