// Package check checks the programs of the book against their transcripts:
// the work behind `go run ./runner check` and `make check`.
//
// For each program it checks, in order: that its code is gofmt-formatted,
// that it compiles, that it exits with the status its fence declares (exit=,
// default 0), and that its output fits its transcript
// (expected/<chapter>/<program>.txt). A transcript without a program fails
// too. An exercise's starter code (a program whose fence says exercise) is
// only gofmt-checked and compiled under every engine, never run: it has no
// transcript, and one written for it fails as an orphan does. With Update, a missing transcript is written from the output, and a
// failing one is merged with the output (transcript.Merge keeps the
// directives and placeholders that still match); the writes are atomic.
//
// Results are reported as `go test` reports tests (report.go): a
// "--- FAIL: chapter/program (chapters/x.md:LINE)" line with the reasons
// and a diff, "--- PASS" lines with -v, one JSON event per program with
// -json, and a closing "N passed, N failed" line.
package check
