package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/concbook/concurrency/site/build"
	"github.com/concbook/concurrency/site/serve"
)

// run is the command: it parses the flags, builds or serves, and returns
// the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("site", flag.ContinueOnError)
	fl.SetOutput(stderr)
	var (
		root    = fl.String("root", ".", "the book's root, with chapters/ and expected/")
		out     = fl.String("out", filepath.Join("site", "public"), "where the site goes")
		addr    = fl.String("serve", "", "serve on this loopback address (127.0.0.1:8000), rebuilding on change")
		verbose = fl.Bool("v", false, "list every link to a planned section")
		tls     = fl.Bool("timelines", true, "draw each virtual-clock program's goroutine timeline (runs the programs; cached)")
		playRun = fl.Bool("play", true, "build the in-page runner (play/, programs/): about a minute the first time, cached after")
		source  = fl.String("source", build.DefaultSourceURL, "where the repository shows a file: a chapter's path appended is its \"Edit this page\" link (\"\": none)")
	)
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if fl.NArg() > 0 {
		fmt.Fprintf(stderr, "site: unexpected arguments %q\n", fl.Args())
		return 2
	}
	cfg := build.Config{Root: *root, Out: *out, Timelines: *tls, Play: *playRun, SourceURL: *source}
	if *addr != "" {
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		defer stop()
		ctx, orphaned := serve.UntilOrphaned(ctx)
		defer orphaned()
		err := serve.Run(ctx, serve.Config{
			Build:   cfg,
			Addr:    *addr,
			Sources: filepath.Join(*root, "site"),
			Log:     stderr,
			Report:  func(r *build.Result) { report(stderr, r, *verbose) },
		})
		if err != nil {
			fmt.Fprintf(stderr, "site: %v\n", err)
			return 1
		}
		if errors.Is(context.Cause(ctx), serve.ErrOrphaned) {
			fmt.Fprintf(stderr, "site: stopped: %v\n", serve.ErrOrphaned)
		}
		return 0
	}
	res, err := build.Build(cfg)
	if err != nil {
		fmt.Fprintf(stderr, "site: %v\n", err)
		return 1
	}
	report(stderr, res, *verbose)
	fmt.Fprintf(stdout, "site: %d files, %d KB in %s, in %v\n", len(res.Files), (res.Bytes+1023)/1024, cfg.Out, res.Elapsed.Round(1e6))
	if len(res.Errors) > 0 {
		return 1
	}
	return 0
}

// report prints a build's problems: every error, and the warnings counted
// (or listed, verbose).
func report(w io.Writer, r *build.Result, verbose bool) {
	for _, e := range r.Errors {
		fmt.Fprintln(w, e)
	}
	if verbose {
		for _, e := range r.Warnings {
			fmt.Fprintln(w, e)
		}
	} else if n := len(r.Warnings); n > 0 {
		fmt.Fprintf(w, "site: %d links lead to sections not written yet (-v lists them)\n", n)
	}
	if n := len(r.NotRunnable); n > 0 {
		fmt.Fprintf(w, "site: %d programs cannot run in the page:\n", n)
		for _, s := range r.NotRunnable {
			fmt.Fprintf(w, "    %s (%s): %s\n", s.Program.ID(), s.Program.Pos(), s.Reason)
		}
	}
}
