// Package transcript reads, matches and rewrites the expected output of a
// book program: the file expected/<chapter>/<program>.txt.
//
// # The transcript format
//
// A transcript reads like the program's output in a terminal, as `go run`
// shows it: standard output and standard error merged, then, for a program
// that exits with a non-zero status, the line "exit status N" (a program the
// runner had to stop ends with the runner's line instead, such as "timed out
// after 10s"). Each line of the transcript is one line of output, except for
// the directive lines below. Matching is line by line; a missing newline at
// the very end of the output is not told apart from a present one, and
// output bytes that are not UTF-8 are read as U+FFFD.
//
// Placeholders. Text that varies from run to run is written {{kind}} or
// {{kind sample}} inside a line. The sample is what readers see on the
// website; it must itself match the kind. The kinds:
//
//	{{int 42}}          an optional minus sign and digits
//	{{float 3.14}}      a decimal number, optionally with exponent
//	{{duration 1.5s}}   a time.Duration as Go prints it: 1.5s, 250ms, 1m2.5s, 0s
//	{{pid 4242}}        a process id (digits)
//	{{hex 0xc000012345}} 0x and hex digits, or hex digits alone
//	{{word ready}}      a run of non-space characters
//	{{any ...}}         anything, possibly empty, within the line
//	{{/re/ sample}}     the Go regular expression re (no slash inside)
//
// A literal "{{" in output is written {{{{ in a transcript.
//
// Directives. A line of the form "-- words --" is a directive:
//
//	-- any order --     the following lines, up to "-- end --", may come in any
//	                    order, between their ordered neighbours
//	-- streams --       the following lines, up to "-- end --", are tagged
//	                    "tag| text": the lines of one tag (a goroutine, say)
//	                    come in their order, while the tags interleave freely
//	-- skip --          any number of lines, none included (a traceback's
//	                    frames, say); not allowed inside a block
//	-- # comment --     a note for editors, matching nothing
//
// Blocks do not nest. A line of output that itself looks like a directive, or
// that starts with a backslash, is written with one more backslash in front.
//
// Example: main starts two workers that each print two lines, then exits 3.
//
//	main: start
//	-- streams --
//	a| worker a: step 1
//	a| worker a: step 2
//	b| worker b: step 1
//	b| worker b: step 2
//	-- end --
//	main: took {{duration 2s}}
//	exit status 3
//
// # Matching
//
// Match decides exactly whether an output fits a transcript: it never fails
// an output that some reading of the transcript accepts. Placeholders and
// identical lines in several streams make the streams question hard in
// general; the matcher explores the interleavings with memoisation, which is
// polynomial when lines are distinct or streams few, and reports
// ErrTooComplex when it would do more than MaxSteps steps, rather than hang.
//
// # Updating
//
// Merge rewrites a transcript for a new output (`runner check -update`),
// changing only what no longer fits: every line, placeholder, comment and
// block that still fits the output is kept as written; output lines that
// fit nowhere become new literal lines, and lines the output no longer has
// are dropped. A block that no longer fits is kept with the fewest changes
// that make it fit (a changed line replaced in place, a new line added to
// the stream it most likely belongs to, a lost line removed), and Merge
// says so in a note naming the block's file:line; a block none of whose
// lines is left is removed, with a note. A new line at a block's edge goes
// into the block when it is like the block's lines (sharing 60% of its
// length at their ends: "worker 4 done" beside "worker 1 done"), as it may
// come anywhere in the block on the next run; else it stays beside the
// block, the stricter transcript.
//
// FromOutput and Merge write a Go traceback's frames as "-- skip --": the
// goroutine line that starts a traceback ("goroutine 1 [running]:") is
// kept, with {{int N}} for a goroutine number other than main's 1, and the
// frames, blank lines and further goroutines that follow it in the
// traceback become one "-- skip --", as their paths and offsets vary
// between machines and engines. A goroutine line starts a traceback when
// frames ("main.f(...)", "\t/path/file.go:12 +0x1d", "created by ...")
// follow it, or when it follows the blank line after a "panic: " or
// "fatal error: " line.
package transcript
