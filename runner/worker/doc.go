// Command worker runs one Go program in a fresh yaegi interpreter. It is not
// meant to be started by hand: the engine package builds it twice, once per
// clock, and starts one worker process per program.
//
//   - worker-virtual is built with CGO_ENABLED=0 -tags faketime: the process
//     runs on the Go Playground's virtual clock, so sleeps cost no wall time
//     and every write to file descriptors 1 and 2 is framed with its virtual
//     time (see internal/engine/frames.go).
//   - worker-real is built with CGO_ENABLED=0 and runs on the real clock.
//
// # Protocol
//
// The engine starts the worker as
//
//	NAME -status-fd=3 -program=FILE [-test] [-compile-only] -- [program arguments]
//
// where NAME, the process's argv[0] and the program's os.Args[0], is a path
// like the one `go run` gives a binary (/tmp/go-buildNNN/b001/exe/prog) and
// FILE the lowered Go source to run; standard input is the program's (empty
// for `runner check`), file descriptors 1 and 2 are one pipe (so stdout and
// stderr arrive in the order they were written) and file descriptor 3 is
// the status channel. Every setting is a flag: the environment is the
// program's, with nothing of the runner's in it. With -compile-only, the
// worker compiles the program and exits with status 0 without running it
// (an exercise's starter code). With -test, the program is a test file: the
// worker runs its Test functions through the testing package as a test
// binary run with -test.v does, instead of main (testmode.go). The worker
// writes JSON lines to the status channel (see status.go): for now only a
// compile error. The program's exit status becomes the worker's exit
// status; a panic ends it as crash.go says. The program gets a
// flag.CommandLine of its own, named after os.Args[0].
//
// The lowered program calls the worker's helpers as __rt.NAME
// (rtexports.go, dyn.go): among them a copy of fmt that prints the
// descriptions the lowering makes of the program's values (runner/worker/fmtcopy), and the
// runtime's panics for bounds, assertions and comparisons.
//
// A program that re-runs itself (os.Args[0]) runs a script the engine wrote
// there, which starts the worker on the same program with -argv0="$0":
// without -status-fd it has no status channel, so it reports compile errors
// on standard error like the go tool would.
package main
