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
//	worker -status-fd=3 [--] [program arguments]
//
// with the environment variable CONCBOOK_PROGRAM naming the Go source file to
// run, standard input empty, file descriptors 1 and 2 on one pipe (so stdout
// and stderr arrive in the order they were written) and file descriptor 3 the
// status channel. With CONCBOOK_COMPILE_ONLY set, the worker compiles the
// program and exits with status 0 without running it (an exercise's
// starter code). With CONCBOOK_TEST set, the program is a test file: the
// worker runs its Test functions through the testing package as a test
// binary run with -test.v does, instead of main (testmode.go). The worker
// writes JSON lines to the status channel (see
// status.go): for now only a compile error. The program's exit status
// becomes the worker's exit status; a panic ends it as crash.go says.
//
// The lowered program calls the worker's helpers as __rt.NAME
// (rtexports.go, dyn.go): among them a copy of fmt that prints the
// descriptions the lowering makes of the program's values (runner/worker/fmtcopy), and the
// runtime's panics for bounds, assertions and comparisons.
//
// A program that re-runs itself (os.Args[0]) starts another worker: it
// inherits CONCBOOK_PROGRAM, and without -status-fd it has no status channel,
// so it reports compile errors on standard error like the go tool would.
package main
