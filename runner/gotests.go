package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/concbook/concurrency/internal/engine"
	"github.com/concbook/concurrency/internal/gotests"
)

// gotestsCommand implements `runner gotests [-dirs top,chan,ken,typeparam]
// [-run REGEX] [-v] [-j N] [-timeout D]`: the `// run` programs of Go's own
// test suite under the runner, each compared with what the Go toolchain
// prints on the virtual clock (see internal/gotests). It exits 1 when a
// program is wrong, 0 otherwise.
func gotestsCommand(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("gotests", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var (
		dirs    = fs.String("dirs", "all", "the `folders` of $GOROOT/test, comma-separated: top, chan, ken, typeparam (or all)")
		run     = fs.String("run", "", "run only the programs whose path (chan/powser1.go) matches `regexp`")
		verbose = fs.Bool("v", false, "report passing and skipped programs too")
		jobs    = fs.Int("j", 2, "programs run at once")
		timeout = fs.Duration("timeout", 30*time.Second, "wall-time limit of one run")
		goroot  = fs.String("goroot", "", "the Go tree whose test/ `folder` is read (default: go env GOROOT)")
	)
	setUsage(fs, stderr, "[flags]", `
Gotests runs the "// run" programs of Go's own test suite ($GOROOT/test)
under the runner and compares each with what the Go toolchain prints on the
virtual clock. It exits 1 when a program is wrong, 0 otherwise, 2 for bad
flags.`)
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "runner gotests: unexpected arguments %q\n", fs.Args())
		fs.Usage()
		return 2
	}
	folders, err := gotests.ParseDirs(*dirs)
	if err != nil {
		fmt.Fprintf(stderr, "runner gotests: -dirs: %v\n", err)
		return 2
	}
	var match *regexp.Regexp
	if *run != "" {
		if match, err = regexp.Compile(*run); err != nil {
			fmt.Fprintf(stderr, "runner gotests: -run: %v\n", err)
			return 2
		}
	}
	if *goroot == "" {
		out, err := exec.Command("go", "env", "GOROOT").Output()
		if err != nil {
			fmt.Fprintf(stderr, "runner gotests: go env GOROOT: %v\n", err)
			return 1
		}
		*goroot = strings.TrimSpace(string(out))
	}
	progs, err := gotests.Find(filepath.Join(*goroot, "test"), folders, match)
	if err != nil {
		fmt.Fprintf(stderr, "runner gotests: %v\n", err)
		return 1
	}
	known, err := gotests.KnownDifferences()
	if err != nil {
		fmt.Fprintf(stderr, "runner gotests: %v\n", err)
		return 1
	}
	root := engine.ModuleRoot()
	opt := gotests.Options{
		Programs: progs,
		Runner:   newEngine(engine.Yaegi, stderr),
		Baseline: engine.NewKind(engine.Go, root, ""),
		CacheDir: gotests.DefaultCacheDir(),
		Jobs:     *jobs,
		Timeout:  *timeout,
		Known:    known,
	}
	rep := &gotests.Reporter{W: stdout, Verbose: *verbose}
	start := time.Now()
	if err := gotests.Measure(ctx, opt, rep.Report); err != nil {
		fmt.Fprintf(stderr, "runner gotests: %v\n", err)
		return 1
	}
	if rep.Summary(time.Since(start)) {
		return 1
	}
	return 0
}
