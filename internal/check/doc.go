// Package check checks the programs of the book against their transcripts:
// the work behind `go run ./runner check` and `make check`.
//
// For each program it checks, in order: that its code is gofmt-formatted,
// that it compiles, that it exits with the status its fence declares (exit=,
// default 0), and that its output fits its transcript
// (expected/<chapter>/<program>.txt). A transcript without a program fails
// too. An exercise's starter code (a program whose fence says exercise) is
// only gofmt-checked and compiled under every engine, never run: it has no
// transcript, and one written for it fails as an orphan does. The
// transcripts of a chapter with errors are never called orphans (its
// programs may be missing only because it could not be read): the errors
// are reported alone.
//
// With Update, a missing transcript is written from the output, and a
// failing one is merged with the output (transcript.Merge keeps every line,
// placeholder and block that still fits and changes only what does not;
// a block it had to change is reported as a warning naming its file:line);
// Go tracebacks are written with "-- skip --" in place of their frames. The
// writes are atomic, and each written transcript is read back and matched
// against the output it was written from: one that does not match fails.
//
// A Run pattern that selects no program and no transcript is an error
// (NoMatchError), with Update too: a typo must not pass as a check of
// nothing. A root without chapters/ is a NoBookError.
//
// A failure's report shows the output of a program without a transcript
// abridged (its first and last 20 lines, each cut at 200 bytes, and how
// much was left out), and a mismatch as the diff from the transcript to the
// one -update would write: the lines that changed, an any-order block's
// lines that found no partner, with a space after each diff mark so that
// directive lines never read as the diff's headers.
//
// Results are reported as `go test` reports tests (report.go): a
// "--- FAIL: chapter/program (chapters/x.md:LINE)" line with the reasons
// and a diff, "--- PASS" lines with -v, one JSON event per program with
// -json, and a closing "N passed, N failed" line.
package check
