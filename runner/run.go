package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/concbook/concurrency/internal/engine"
)

// runCommand implements `runner run [-clock=virtual|real] [-timeout=D] [-test] FILE.go [args]`:
// it runs one program and prints its transcript, what a terminal shows for
// `go run FILE.go` (for a test file, for `go test -v`), and exits 0 when
// the program exited 0, 1 otherwise.
func runCommand(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	clock := fs.String("clock", "virtual", "the program's `clock`: virtual (sleeps are free) or real")
	timeout := fs.Duration("timeout", engine.DefaultTimeout, "wall-time limit")
	memory := fs.Int64("memory", engine.DefaultMemory, "memory limit in bytes")
	output := fs.Int64("output", engine.DefaultOutput, "output limit in bytes")
	engineName := fs.String("engine", "yaegi", "how to run the program: yaegi (interpreted) or go (compiled)")
	test := fs.Bool("test", false, "run the file as a test file of package main, as go test -v runs it (the default for a file named *_test.go)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: go run ./runner run [flags] FILE.go [arguments]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() < 1 {
		fs.Usage()
		return 2
	}
	c, err := engine.ParseClock(*clock)
	if err != nil {
		fmt.Fprintln(stderr, "runner:", err)
		return 2
	}
	kind, err := engine.ParseKind(*engineName)
	if err != nil {
		fmt.Fprintln(stderr, "runner:", err)
		return 2
	}
	file := fs.Arg(0)
	src, err := readProgram(file)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	e := engine.NewKind(kind, engine.ModuleRoot(), "")
	res, err := e.Run(ctx, engine.Request{
		Filename: file,
		Source:   src,
		Clock:    c,
		Limits:   engine.Limits{Timeout: *timeout, Memory: *memory, Output: *output},
		Args:     fs.Args()[1:],
		Test:     *test || strings.HasSuffix(file, "_test.go"),
	})
	if err != nil {
		var ce *engine.CompileError
		if errors.As(err, &ce) {
			fmt.Fprintln(stderr, ce.Msg)
			return 1
		}
		fmt.Fprintln(stderr, "runner:", err)
		return 1
	}
	io.WriteString(stdout, res.Transcript())
	if !res.Passed() {
		return 1
	}
	return 0
}

// readProgram reads a Go source file, with errors that say what is wrong.
func readProgram(file string) ([]byte, error) {
	if filepath.Ext(file) != ".go" {
		return nil, fmt.Errorf("%s:1:1: not a Go file (want a .go file)", file)
	}
	src, err := os.ReadFile(file)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			return nil, fmt.Errorf("%s:1:1: %v", file, pe.Err)
		}
		return nil, err
	}
	return src, nil
}
