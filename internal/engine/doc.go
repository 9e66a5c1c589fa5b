// Package engine runs one Go program the way `go run` would, in a worker
// process of its own (see runner/worker), and returns what it printed.
//
// A run has a clock: ClockVirtual, the Go Playground's faketime clock on which
// sleeps cost no wall time and the runtime detects deadlocks, or ClockReal,
// for programs that measure CPU time. It runs under Limits (wall time, output
// bytes, memory); past one, every process of the program is killed and the
// Result says which limit was hit, keeping the output so far.
//
// The supervisor side (Engine.Run) writes the lowered program to a private
// directory, starts the worker in a new process group with the request's
// standard input and working directory (by default an empty input and a
// fresh temporary directory, `runner check`'s sandbox), the runner's
// environment with nothing added, an os.Args[0] shaped like go run's
// (exe.go) and one pipe for stdout and stderr, decodes the faketime frames
// (frames.go) into timed Writes, enforces the limits, cleans runtime
// tracebacks of the frames that are not the program's (internal/runout) and
// finally kills whatever the program left running (reap.go). A program that
// starts processes runs on the real clock only (processes.go).
//
// A Request may instead ask for a compile only (CompileOnly: an exercise's
// starter code, built but never run), or run the program as a test (Test:
// a test file of package main, built by `go test -c` and run with -test.v,
// or run by the worker's copy of what a test binary's main does).
//
// Under the Go engine, a run on the virtual clock can be traced
// (Request.Trace): the program's runtime/trace execution trace, with every
// write marked, comes back in Result.Trace for internal/timeline (trace.go
// says how the trace is taken without changing what the program prints).
package engine
