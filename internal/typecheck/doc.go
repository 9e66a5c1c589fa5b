// Package typecheck checks a program as the Go 1.26 compiler does, before the
// runner lowers it for the interpreter: yaegi accepts programs the compiler
// rejects (unused variables and imports, Go 1.22+ constructs it misreads) and
// stops at the first error, so a program is checked here first, with
// go/types configured for Go 1.26.
//
// Check reports every error, sorted by position, at most ten and then
// "too many errors", as the compiler prints them: "file:line:col: message",
// where file:line:col honours //line directives (a program extracted from a
// chapter starts with "//line chapters/x.md:41:1", so errors point at the
// Markdown). A program that checks returns its syntax tree and the types of
// its expressions, which the lowering rules use.
//
// Imports are read from compiler export data found with
// `go list -export -deps -json`, run in the module root (so that
// golang.org/x/sync resolves) once for the import paths a process has not
// seen yet; the export data and the imported packages are kept in memory, so
// that checking a program after the first costs about a millisecond.
package typecheck
