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
	"syscall"
	"unsafe"

	"github.com/concbook/concurrency/internal/engine"
	"github.com/concbook/concurrency/internal/timeline"
)

// runCommand implements `runner run [-clock=virtual|real] [-timeout=D] [-test] [-timeline=FILE.svg] FILE.go [args]`:
// it runs one program as `go run FILE.go [args]` runs it, and prints its
// transcript, what a terminal shows (for a test file, for `go test -v`), and
// exits 0 when the program exited 0, 1 otherwise. The program gets the
// arguments, the environment, the standard input and the working directory
// of the command; os.Args[0] and the file names of its panics and logs are
// go run's. With -timeline it runs the program traced under the go engine
// and writes its goroutines' timeline (internal/timeline) as an SVG file.
//
// Without -clock, the program runs on the virtual clock unless it starts
// processes (engine.StartsProcesses): then it runs on the real clock, and
// the runner says so on standard error.
func runCommand(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	return runWith(ctx, args, os.Stdin, stdout, stderr)
}

// runWith is runCommand with the program's standard input.
func runWith(ctx context.Context, args []string, stdin *os.File, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	clock := fs.String("clock", "", "the program's `clock`: virtual (sleeps are free) or real; default virtual, real for a program that starts processes")
	timeout := fs.Duration("timeout", engine.DefaultTimeout, "wall-time limit")
	memory := fs.Int64("memory", engine.DefaultMemory, "memory limit in `bytes`")
	output := fs.Int64("output", engine.DefaultOutput, "output limit in `bytes`")
	engineName := fs.String("engine", "yaegi", "the `engine` that runs the program: yaegi (interpreted) or go (compiled)")
	timelineFile := fs.String("timeline", "", "write the goroutines' timeline to this SVG `file` (runs under the go engine; virtual clock only)")
	test := fs.Bool("test", false, "run the file as a test file of package main, as go test -v runs it (the default for a file named *_test.go)")
	setUsage(fs, stderr, "[flags] FILE.go [arguments]", `
Run runs one Go program and prints what a terminal shows for go run FILE.go
(for a test file, go test -v): its output, then "exit status N" when it
fails. It exits 0 when the program exited 0, 1 otherwise, 2 for bad flags.`)
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() < 1 {
		fs.Usage()
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
	wd, err := os.Getwd()
	if err != nil {
		fmt.Fprintln(stderr, "runner:", err)
		return 1
	}
	// Run-time positions name the file by its absolute path, as go run's
	// binary does.
	abs := file
	if !filepath.IsAbs(abs) {
		abs = filepath.Join(wd, file)
	}
	req := engine.Request{
		Filename: abs,
		Source:   src,
		Limits:   engine.Limits{Timeout: *timeout, Memory: *memory, Output: *output},
		Args:     fs.Args()[1:],
		Test:     *test || strings.HasSuffix(file, "_test.go"),
		Stdin:    programStdin(stdin),
		Dir:      wd,
	}
	if *clock == "" && *timelineFile == "" {
		if _, how, ok := engine.StartsProcesses(req); ok {
			*clock = string(engine.ClockReal)
			fmt.Fprintf(stderr, "runner: running %s on the real clock: it starts processes (it %s), whose output cannot be waited for on the virtual clock\n", file, how)
		}
	}
	if req.Clock, err = engine.ParseClock(*clock); err != nil {
		fmt.Fprintln(stderr, "runner:", err)
		return 2
	}
	var res *engine.Result
	if *timelineFile != "" {
		res, err = runTimeline(ctx, req, *timelineFile, stderr)
	} else {
		res, err = newEngine(kind, stderr).Run(ctx, req)
	}
	if res == nil && err == nil {
		return 1
	}
	if err != nil {
		var ce *engine.CompileError
		if errors.As(err, &ce) {
			// As go run reports them: the package, then each error at
			// the file's path relative to the working directory.
			rel := file
			if r, err := filepath.Rel(wd, abs); err == nil {
				rel = r
			}
			if !strings.Contains(rel, string(filepath.Separator)) {
				rel = "." + string(filepath.Separator) + rel
			}
			fmt.Fprintln(stderr, "# command-line-arguments")
			fmt.Fprintln(stderr, strings.ReplaceAll(ce.Msg, abs+":", rel+":"))
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

// programStdin is the program's standard input: the runner's own, as go
// run passes it. A terminal is read by the runner and copied to the program
// through a pipe: the program runs in a process group of its own (so that
// it can be killed with everything it started), which the terminal would
// stop (SIGTTIN) at its first read.
func programStdin(f *os.File) io.Reader {
	if f == nil {
		return nil
	}
	if isTerminal(f) {
		return struct{ io.Reader }{f}
	}
	return f
}

// isTerminal reports whether f is a terminal.
func isTerminal(f *os.File) bool {
	var t syscall.Termios
	_, _, errno := syscall.Syscall(syscall.SYS_IOCTL, f.Fd(), syscall.TCGETS, uintptr(unsafe.Pointer(&t)))
	return errno == 0
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

// runTimeline runs req traced under the go engine, writes the timeline to
// file and says what it shows on stderr. The result is the traced run's,
// whose output the timeline marks. A program that ran but has no timeline
// still has its result; the runner says why there is no timeline.
func runTimeline(ctx context.Context, req engine.Request, file string, stderr io.Writer) (*engine.Result, error) {
	e := engine.NewKind(engine.Go, engine.ModuleRoot(), "")
	tl, res, err := timeline.Run(ctx, e, req, nil)
	if err != nil {
		if res == nil {
			return nil, err
		}
		fmt.Fprintf(stderr, "runner: no timeline for %s: %v\n", req.Filename, err)
		return res, nil
	}
	name := strings.TrimSuffix(filepath.Base(req.Filename), ".go")
	svg := tl.SVG(timeline.Options{Standalone: true, Title: name + ": " + tl.Summary()})
	if err := os.WriteFile(file, svg, 0o644); err != nil {
		fmt.Fprintf(stderr, "runner: %v\n", err)
		return res, nil
	}
	fmt.Fprintf(stderr, "runner: timeline in %s: %s\n", file, tl.Summary())
	return res, nil
}
