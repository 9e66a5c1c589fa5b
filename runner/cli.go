package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/concbook/concurrency/internal/engine"
)

// commands are the runner's subcommands, as `go run ./runner NAME`.
var commands = map[string]func(ctx context.Context, args []string, stdout, stderr io.Writer) int{
	"run":     runCommand,
	"check":   checkCommand,
	"gotests": gotestsCommand,
}

// prog is how the runner is called, in usage lines.
const prog = "go run ./runner"

const usage = `usage: ` + prog + ` <command> [arguments]

The commands are:

	run     run one Go program and print its transcript
	check   check every program of the book against its transcript
	gotests run the programs of Go's own test suite and compare with Go

Run '` + prog + ` <command> -h' for a command's flags.
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

// setUsage gives a command's flag set the usage every command prints for
// -h or a bad flag, in the manner of the go command: the usage line, what
// the command does, then its flags.
func setUsage(fs *flag.FlagSet, stderr io.Writer, args, about string) {
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: %s %s %s\n\n%s\n\nFlags:\n", prog, fs.Name(), args, strings.TrimSpace(about))
		fs.PrintDefaults()
	}
}
