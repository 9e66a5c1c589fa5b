// Package gotests measures the runner on code nobody here wrote: the
// single-file `// run` programs of the Go distribution's test suite
// ($GOROOT/test, its top level and chan/, ken/, typeparam/).
//
// Each program runs twice on the virtual clock: under the yaegi engine (the
// runner as readers meet it) and under the go engine (the Go toolchain, the
// baseline). The baseline's results are cached on disk (baseline.go), keyed
// by the program's source, its .out file and the Go version, so that a
// second measurement runs only the interpreter.
//
// A program whose baseline does not exit 0, or does not print its .out, is
// left out: real Go does not run it here. Every other program ends in one
// of four outcomes (outcome.go):
//
//   - pass: the runner exits 0 and prints what Go printed (and the .out);
//   - refused: the runner declines at compile time with a positioned
//     message (a type error, or "unsupported: ...");
//   - wrong: the runner printed something else, exited otherwise, crashed,
//     ran out of time, or its interpreter panicked while compiling;
//   - known: a difference listed in known.txt, which no interpreter can
//     remove.
//
// # known.txt
//
// One program a line: its path under $GOROOT/test, white space, then why the
// runner cannot match it. Blank lines and lines starting with # are
// ignored. A listed program that passes is reported so the line can go.
//
//	# finalizers run when the garbage collector says so
//	finalizer.go	runtime.SetFinalizer on interpreter values
package gotests
