// Package runout turns what a program printed into what a terminal shows
// for `go run`, the text a transcript is matched against: the output with a
// runtime traceback cleaned of the interpreter's frames (traceback.go), then
// the line that says how the program ended (transcript.go). The runner's
// engine (internal/engine) and the in-page runner (runner/worker compiled to
// js/wasm) both use it, so that a program is judged in the page in the same
// words as by `make check`.
package runout
