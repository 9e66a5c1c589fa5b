package gotests

import (
	"bufio"
	"bytes"
	"go/build/constraint"
	"strings"
)

// header reads the test action of a program of $GOROOT/test: the first
// comment line that is not a build constraint, as Go's test driver
// (cmd/internal/testdir) reads it. It returns the action ("run",
// "run -gcflags=...", "compile", "runoutput", ...) and whether the build
// constraints let the program build on linux/amd64 with the gc toolchain
// and cgo off.
// Build constraints may come before or after the action line; both are
// read up to the package clause.
func header(src []byte) (action string, builds bool) {
	builds = true
	found := false
	sc := bufio.NewScanner(bytes.NewReader(src))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "":
		case constraint.IsGoBuild(line) || constraint.IsPlusBuild(line):
			expr, err := constraint.Parse(line)
			if err != nil || !expr.Eval(buildTag) {
				builds = false
			}
		case !strings.HasPrefix(line, "//"):
			return action, builds
		case !found:
			action, found = strings.TrimSpace(strings.TrimPrefix(line, "//")), true
		}
	}
	return action, builds
}

// buildTag says which build tags hold where the programs run: linux/amd64,
// gc, cgo off, no GOEXPERIMENT, every released Go version.
func buildTag(tag string) bool {
	switch tag {
	case "linux", "amd64", "unix", "gc":
		return true
	}
	return strings.HasPrefix(tag, "go1.")
}
