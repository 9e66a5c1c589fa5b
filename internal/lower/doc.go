// Package lower rewrites a Go 1.26 program into the Go that yaegi v0.16.1
// runs with the same meaning. Each rule lives in a file of its own, with its
// tests beside it.
//
// Rewrites are text insertions at positions of the parsed program and never
// add or remove a line break, so every line keeps its number and what the
// program reports about its own lines (panics, compile errors, runtime.Caller)
// stays true. Helpers the rules need are appended after the last line.
//
// The rules:
//   - crash.go: a panic that reaches the top of main or of a goroutine is
//     handed to the worker's __rt.Crash, which prints it as the Go runtime does.
package lower
