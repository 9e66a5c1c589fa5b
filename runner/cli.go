package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/concbook/concurrency/internal/engine"
)

// commands are the runner's subcommands, as `go run ./runner NAME`.
var commands = map[string]func(ctx context.Context, args []string, stdout, stderr io.Writer) int{
	"run":     runCommand,
	"check":   checkCommand,
	"gotests": gotestsCommand,
}

const usage = `usage: go run ./runner <command> [arguments]

The commands are:

	run     run one Go program and print its transcript
	check   check every program of the book against its transcript
	gotests run the programs of Go's own test suite and compare with Go

Run 'go run ./runner <command> -h' for a command's flags.
`

// runnerMain dispatches to a subcommand and returns the exit status.
// SIGINT and SIGTERM cancel the context: running programs are killed and
// their processes reaped before the runner exits.
func runnerMain(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "runner: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	code := cmd(ctx, args[1:], stdout, stderr)
	if ctx.Err() != nil {
		fmt.Fprintln(stderr, "runner: interrupted")
		return 130
	}
	return code
}

// newEngine returns an engine of the given kind for the book's module that
// says on stderr what it builds (the worker binaries, a minute or more of
// CPU on the first run) and why.
func newEngine(kind engine.Kind, stderr io.Writer) *engine.Engine {
	e := engine.NewKind(kind, engine.ModuleRoot(), "")
	e.SetLog(func(format string, args ...any) { fmt.Fprintf(stderr, format+"\n", args...) })
	return e
}
