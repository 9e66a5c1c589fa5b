//go:build !js

package main

import (
	"os"
	"strconv"
	"syscall"
)

// A virtual-clock program that starts itself again (os.Args[0]) starts this
// worker as its child. Processes other than the program's own run on the real
// clock, as under `go run`, and their output must not carry faketime frames:
// such a child replaces itself by the real-clock worker, which the engine
// names in CONCBOOK_CHILD_EXEC. The program's own worker is recognised by its
// parent, the runner, whose pid is CONCBOOK_SUPERVISOR.
func execRealClockChild() {
	exe := os.Getenv("CONCBOOK_CHILD_EXEC")
	if exe == "" || os.Getenv("CONCBOOK_SUPERVISOR") == strconv.Itoa(os.Getppid()) {
		return
	}
	os.Unsetenv("CONCBOOK_CHILD_EXEC")
	syscall.Exec(exe, os.Args, os.Environ())
}
