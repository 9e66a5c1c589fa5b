package engine

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// A program's os.Args[0] is where `go run` would have put its binary: a
// file in a temporary directory of the go command's shape,
// /tmp/go-buildNNN/b001/exe/NAME (a test's /tmp/go-buildNNN/b001/main.test,
// as go test names it), so that programs that print it, or their usage
// message (flag's "Usage of ..."), show what they show under go run. The
// file runs the program again, for programs that start themselves: under
// the go engine it is a link to the binary; under yaegi, a shell script that
// starts the worker on the program (writeWorkerScript). The directory is
// removed after the run.

// programName is the base of the program's os.Args[0].
func programName(req Request) string {
	if req.Test {
		return "main.test"
	}
	if req.Name != "" {
		return req.Name
	}
	return strings.TrimSuffix(filepath.Base(req.Filename), ".go")
}

// newExe makes the program's os.Args[0] with make and returns its path and
// the function that removes its directory.
func newExe(req Request, make func(exe string) error) (string, func(), error) {
	build, err := os.MkdirTemp("", "go-build")
	if err != nil {
		return "", nil, err
	}
	cleanup := func() { os.RemoveAll(build) }
	dir := filepath.Join(build, "b001", "exe")
	if req.Test {
		dir = filepath.Join(build, "b001")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		cleanup()
		return "", nil, err
	}
	exe := filepath.Join(dir, programName(req))
	if err := make(exe); err != nil {
		cleanup()
		return "", nil, err
	}
	return exe, cleanup, nil
}

// writeWorkerScript writes the script that runs the program prog with the
// worker binary, the flags and the script's own arguments: the worker gives
// the program the script's path as os.Args[0] (-argv0). The worker it
// starts has no status channel and reports compile errors on standard
// error, as the go tool would.
func writeWorkerScript(exe, worker, prog string, flags []string) error {
	args := []string{shellQuote(worker), `-argv0="$0"`, shellQuote("-program=" + prog)}
	for _, f := range flags {
		args = append(args, shellQuote(f))
	}
	script := fmt.Sprintf("#!/bin/sh\nexec %s -- \"$@\"\n", strings.Join(args, " "))
	return os.WriteFile(exe, []byte(script), 0o755)
}

// shellQuote quotes s for the shell, in single quotes.
func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// stdin gives cmd the request's standard input: an *os.File as it is,
// another reader through a pipe that a goroutine fills. It returns the
// pipe's write end, which the caller closes when the program has ended
// (a goroutine still waiting to read from the reader then stops at its next
// write), or nil.
func (r *run) stdin(cmd *exec.Cmd) (*os.File, error) {
	switch in := r.req.Stdin.(type) {
	case nil:
		return nil, nil // /dev/null
	case *os.File:
		cmd.Stdin = in
		return nil, nil
	default:
		pr, pw, err := os.Pipe()
		if err != nil {
			return nil, err
		}
		cmd.Stdin = pr
		go func() {
			io.Copy(pw, in)
			pw.Close()
		}()
		return pw, nil
	}
}
