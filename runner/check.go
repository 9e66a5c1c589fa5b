package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/concbook/concurrency/internal/check"
	"github.com/concbook/concurrency/internal/engine"
)

// checkCommand implements `runner check [-run REGEX] [-v] [-json] [-update]
// [-j N] [-timeout D] [-engine yaegi,go] [-root DIR] [-count N]`: every program of the book checked against
// its transcript. It exits 0 when every check passed, 1 otherwise.
func checkCommand(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var (
		run     = fs.String("run", "", "check only the programs whose id (chapter/program) matches `regexp`")
		verbose = fs.Bool("v", false, "report passing programs too")
		asJSON  = fs.Bool("json", false, "print one JSON event per program")
		update  = fs.Bool("update", false, "write missing transcripts and merge failing ones with the new output")
		jobs    = fs.Int("j", 0, "programs run at once (default the number of CPUs)")
		timeout = fs.Duration("timeout", 0, "wall-time limit of a program whose fence sets none (default 10s)")
		root    = fs.String("root", ".", "the book's `folder`, holding chapters/ and expected/")
		engines = fs.String("engine", "yaegi", "the `engines` that run each program, comma-separated: yaegi (interpreted), go (compiled); the output must fit under each")
		count   = fs.Int("count", 1, "run each program `n` times, each run having to pass; as for go test, any -count bypasses the cache of passing results")
	)
	setUsage(fs, stderr, "[flags]", `
Check runs every program of the book (chapters/*.md) and checks its output
against its transcript (expected/CHAPTER/PROGRAM.txt), reporting as go test
does. It exits 0 when every program passed, 1 otherwise, 2 for bad flags.
A -run pattern that matches no program is an error.`)
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "runner check: unexpected arguments %q\n", fs.Args())
		fs.Usage()
		return 2
	}
	if *count < 1 {
		fmt.Fprintf(stderr, "runner check: -count must be at least 1\n")
		return 2
	}
	opt := check.Options{Root: *root, Update: *update, Jobs: *jobs, Timeout: *timeout, Count: *count}
	countSet := false
	fs.Visit(func(f *flag.Flag) { countSet = countSet || f.Name == "count" })
	if !countSet {
		opt.Results = &check.ResultCache{Dir: filepath.Join(engine.DefaultCacheDir(), "results")}
	}
	for _, name := range strings.Split(*engines, ",") {
		kind, err := engine.ParseKind(strings.TrimSpace(name))
		if err != nil {
			fmt.Fprintf(stderr, "runner check: -engine: %v\n", err)
			return 2
		}
		opt.Engines = append(opt.Engines, check.Engine{Name: string(kind), Runner: newEngine(kind, stderr)})
	}
	if *run != "" {
		re, err := regexp.Compile(*run)
		if err != nil {
			fmt.Fprintf(stderr, "runner check: -run: %v\n", err)
			return 2
		}
		opt.Run = re
	}
	var rep interface {
		Report(*check.Outcome)
		Summary(check.Summary, time.Duration)
	}
	if *asJSON {
		rep = &check.JSONReporter{W: stdout}
	} else {
		rep = &check.TextReporter{W: stdout, Verbose: *verbose}
	}
	start := time.Now()
	sum, err := check.Check(ctx, opt, rep.Report)
	var noBook *check.NoBookError
	if errors.As(err, &noBook) {
		fmt.Fprintf(stderr, "runner check: %v: run it in the repository's root, or give the book's folder with -root DIR\n", err)
		return 1
	}
	if err != nil {
		fmt.Fprintf(stderr, "runner check: %v\n", err)
		return 1
	}
	rep.Summary(sum, time.Since(start))
	if sum.Failed > 0 {
		return 1
	}
	return 0
}
