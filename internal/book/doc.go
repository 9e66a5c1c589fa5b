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
// A fenced code block whose info string starts with "go" is Go code. Its
// attributes, key=value pairs separated by spaces after "go", say what it is:
//
//	```go name=wait-group               a program, named wait-group
//	```go name=cpu clock=real           run on the real clock (default virtual)
//	```go name=spin timeout=30s         wall-time limit (default 10s)
//	```go name=crash exit=2             expected exit status (default 0)
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
