package main

import (
	"os"
	"strings"
)

// workerGODEBUG carries the program's own GODEBUG past the worker's: the
// runner starts a virtual-clock worker with GODEBUG=gcstoptheworld=1 (see
// internal/engine/gcdebug.go for why), which the runtime reads once at
// start, and the program's value in this variable: "=" and the value, or
// empty when it had none.
const workerGODEBUG = "CONCBOOK_GODEBUG"

// restoreGODEBUG gives the program back its own GODEBUG, so that it sees
// what go run gives it. Changing GODEBUG now leaves the runtime's
// start-time settings, gcstoptheworld among them, as they are.
func restoreGODEBUG() {
	own, ok := os.LookupEnv(workerGODEBUG)
	if !ok {
		return
	}
	os.Unsetenv(workerGODEBUG)
	if v, ok := strings.CutPrefix(own, "="); ok {
		os.Setenv("GODEBUG", v)
	} else {
		os.Unsetenv("GODEBUG")
	}
}
