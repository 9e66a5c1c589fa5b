// Package book is the one model of the book, shared by the runner and the
// site: chapters parsed once with goldmark into sections and programs, every
// position mapped back to its Markdown line.
//
// # Chapters
//
// A chapter is a Markdown file chapters/NN-slug.md; NN orders the chapters
// and slug is the chapter's id (chapters/02-multithreading.md is chapter
// "multithreading"). Its first level-1 heading is its title. Every heading
// starts a section; a heading's id is the id of an HTML anchor in it
// (## Lock <a id="lock"></a>), else an explicit {#id} attribute, else one
// derived from its text.
//
// # Programs
//
// A fenced code block whose info string starts with "go" is Go code
// (```golang, and either word in any case, is the same: it is never left
// silently out of the book's programs). Its
// attributes, key=value pairs separated by spaces after "go", say what it is:
//
//	```go name=wait-group               a program, named wait-group
//	```go name=cpu clock=real           run on the real clock (default virtual)
//	```go name=spin timeout=30s         wall-time limit (default 10s)
//	```go name=crash exit=2             expected exit status (default 0)
//	```go name=stacks engine=go         only the go engine runs it right
//	```go fragment                      not a program: shown, never run
//	```go name=sum exercise             an exercise's starter code
//	```go name=sum-solution solution=sum  the solution of exercise sum
//	```go name=counter test             a test program, run as go test -v
//
// A name is made of lower-case letters, digits and dashes, unique within its
// chapter. Several blocks with the same name in one section are the segments
// of one literate program, with prose between them: the program is their
// concatenation, in order, and every segment keeps its Markdown lines. The
// attributes other than name may be given on any one segment.
//
// The expected output of program P of chapter C is the transcript
// expected/C/P.txt (see internal/transcript for its format).
//
// engine=go marks a program that only compiled Go runs right, because it
// shows what the interpreter cannot: its own goroutine stacks (runtime.Stack,
// the goroutine profile). The check runs it under the go engine and skips it
// under the others, saying so; the page shows it without a Run button. Use
// it for nothing else: a program the interpreter gets wrong is a bug to fix
// in the runner, not a program to mark.
//
// # Test programs
//
// A program whose fence says test is a test file of package main, run as
// `go test -v` runs it: its TestXxx functions, in the order of the source,
// each reported with "=== RUN", "--- PASS" or "--- FAIL" and its time, and
// "PASS" or "FAIL" at the end (exit status 1 when a test fails: the fence
// says exit=1). It needs no func main, and has one if it likes (go test does
// not run it); like any program it may be split over several blocks, the
// code under test in one and its tests in the next, with test on any one
// of them:
//
//	```go name=counter test
//	package main
//
//	import "testing"
//
//	func TestCounter(t *testing.T) { ... }
//	```
//
// The Go engine builds it with `go test -c` (-tags faketime on the virtual
// clock, CGO_ENABLED=0) and runs the binary with -test.v; the yaegi worker
// runs its tests through the testing package alike. On the virtual clock a
// test's time is exact, (2.00s) for a test that sleeps two seconds, so the
// transcript keeps it as it is. t.Log, t.Errorf and the others print the
// chapter's line ("11-testing.md:42: ..."), as the test binary does with the
// //line directives. testing/synctest works under both engines. Not run:
// TestMain, examples, fuzz tests and t.Helper, which the yaegi engine
// refuses; benchmarks, which go test -v does not run either.
//
// # Exercises
//
// An exercise, in the Tour's manner, is a task in prose, a starter program
// the reader completes, and a solution:
//
//	### Exercise: a title {#exercise-sum}
//
//	The task, in prose.
//
//	```go name=sum exercise
//	starter code: it compiles, it is gofmt-formatted
//	```
//
//	```go name=sum-solution solution=sum
//	the solution
//	```
//
// The starter (exercise) is type-checked, gofmt-checked and compiled under
// every engine, but never run: it has no transcript, and a transcript
// expected/C/sum.txt is an error. Its fence takes no clock=, timeout= or
// exit=, which belong on the solution. The solution (solution=NAME) is a
// program like the others, run and checked against its own transcript
// (expected/C/sum-solution.txt): the output a reader's answer should
// print. Each exercise has exactly one solution, which comes after it in
// the same chapter; each is one code block; both are programs, or both are
// tests. A solution naming no exercise, and an exercise without a solution,
// are errors at their fence's line.
package book
