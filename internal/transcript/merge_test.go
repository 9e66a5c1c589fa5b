package transcript

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const workers = "start\n-- any order --\nworker 1 done\nworker 2 done\nworker 3 done\n-- end --\nall done\n"

const steps = "-- streams --\na| a: step 1\na| a: step 2\nb| b: step 1\nb| b: step 2\n-- end --\ndone\n"

func TestMerge(t *testing.T) {
	tests := []struct {
		name, transcript, output, want string
		notes                          []string
	}{
		{"unchanged", "a\n{{int 1}}\n", "a\n5\n", "a\n{{int 1}}\n", nil},
		{"new", "", "a\nb\n", "a\nb\n", nil},
		{"escapes output", "a\n", "-- end --\n{{x}}\n", "\\-- end --\n{{{{x}}\n", nil},
		{"line added", "a\n{{int 1}}\nc\n", "a\n2\nb\nc\n", "a\n{{int 1}}\nb\nc\n", nil},
		{"line changed", "a\n{{int 1}}\nc\n", "a\n2\nC\n", "a\n{{int 1}}\nC\n", nil},
		{"tail changed after a block", "-- streams --\na| 1\nb| 2\n-- end --\nend\n", "2\n1\nfin\n", "-- streams --\na| 1\nb| 2\n-- end --\nfin\n", nil},
		{"block kept when a line before it changes", "x {{int 1}}\n" + strings.TrimPrefix(workers, "start\n"), "y 2\nworker 3 done\nworker 1 done\nworker 2 done\nall done\n",
			"y 2\n" + strings.TrimPrefix(workers, "start\n"), nil},
		{"any order: one line changed", workers, "start\nworker 3 done\nworker 1 finished\nworker 2 done\nall done\n",
			"start\n-- any order --\nworker 1 finished\nworker 2 done\nworker 3 done\n-- end --\nall done\n",
			[]string{"t.txt:2: the any-order block (lines 2-6) no longer fits the output: kept it with 1 line changed; review it"}},
		{"any order: gained a line", workers, "start\nworker 2 done\nworker 4 done\nworker 1 done\nworker 3 done\nall done\n",
			"start\n-- any order --\nworker 1 done\nworker 2 done\nworker 3 done\nworker 4 done\n-- end --\nall done\n",
			[]string{"t.txt:2: the any-order block (lines 2-6) no longer fits the output: kept it with 1 line added; review it"}},
		{"any order: a line like the block's at its edge goes into it", workers, "start\nworker 2 done\nworker 1 done\nworker 3 done\nworker 4 done\nall done\n",
			"start\n-- any order --\nworker 1 done\nworker 2 done\nworker 3 done\nworker 4 done\n-- end --\nall done\n",
			[]string{"t.txt:2: the any-order block (lines 2-6) no longer fits the output: kept it with 1 line added; review it"}},
		{"any order: a line like the block's before it goes into it", workers, "start\nworker 0 done\nworker 2 done\nworker 1 done\nworker 3 done\nall done\n",
			"start\n-- any order --\nworker 1 done\nworker 2 done\nworker 3 done\nworker 0 done\n-- end --\nall done\n",
			[]string{"t.txt:2: the any-order block (lines 2-6) no longer fits the output: kept it with 1 line added; review it"}},
		{"any order: a line unlike the block's at its edge stays out of it", workers, "start\nworker 2 done\nworker 1 done\nworker 3 done\nmain: waited\nall done\n",
			"start\n-- any order --\nworker 1 done\nworker 2 done\nworker 3 done\n-- end --\nmain: waited\nall done\n", nil},
		{"any order: lost a line", workers, "start\nworker 3 done\nworker 1 done\nall done\n",
			"start\n-- any order --\nworker 1 done\nworker 3 done\n-- end --\nall done\n",
			[]string{"t.txt:2: the any-order block (lines 2-6) no longer fits the output: kept it with 1 line removed; review it"}},
		{"any order: placeholders kept", "-- any order --\n{{int 1}} apples\npears\n-- end --\n", "figs\n7 apples\n",
			"-- any order --\n{{int 1}} apples\nfigs\n-- end --\n",
			[]string{"t.txt:1: the any-order block (lines 1-4) no longer fits the output: kept it with 1 line changed; review it"}},
		{"any order: comment inside kept", "-- any order --\n-- # racing --\nx\ny\n-- end --\n", "z\nx\n",
			"-- any order --\n-- # racing --\nx\nz\n-- end --\n",
			[]string{"t.txt:1: the any-order block (lines 1-5) no longer fits the output: kept it with 1 line changed; review it"}},
		{"any order: every line gone", "a\n-- any order --\nx\ny\n-- end --\nb\n", "a\nb\n", "a\nb\n",
			[]string{"t.txt:2: removed the any-order block (lines 2-5): none of its lines is in the output any more; review it"}},
		{"any order: replaced by other lines", "took {{duration 1s}}\n-- any order --\nx\ny\n-- end --\nexit status {{int 1}}\n", "took 2s\nz\nexit status 3\n",
			"took {{duration 1s}}\nz\nexit status {{int 1}}\n",
			[]string{"t.txt:2: removed the any-order block (lines 2-5): none of its lines is in the output any more; review it"}},
		{"streams: one line changed", steps, "b: step 1\na: step 1\nb: step two\na: step 2\ndone\n",
			"-- streams --\na| a: step 1\na| a: step 2\nb| b: step 1\nb| b: step two\n-- end --\ndone\n",
			[]string{"t.txt:1: the streams block (lines 1-6) no longer fits the output: kept it with 1 line changed; review it"}},
		{"streams: gained a line", steps, "a: step 1\nb: step 1\na: step 2\na: step 3\nb: step 2\ndone\n",
			"-- streams --\na| a: step 1\na| a: step 2\na| a: step 3\nb| b: step 1\nb| b: step 2\n-- end --\ndone\n",
			[]string{"t.txt:1: the streams block (lines 1-6) no longer fits the output: kept it with 1 line added; review it"}},
		{"streams: gained a line at its edge", "-- streams --\na| a: step 1\nb| b: step 1\nb| b: step 2\n-- end --\ndone\n", "a: step 1\nb: step 1\nb: step 2\na: step 2\ndone\n",
			steps, []string{"t.txt:1: the streams block (lines 1-5) no longer fits the output: kept it with 1 line added; review it"}},
		{"streams: lost a line", steps, "b: step 1\na: step 1\nb: step 2\ndone\n",
			"-- streams --\na| a: step 1\nb| b: step 1\nb| b: step 2\n-- end --\ndone\n",
			[]string{"t.txt:1: the streams block (lines 1-6) no longer fits the output: kept it with 1 line removed; review it"}},
		{"streams: a line out of its stream's order", steps, "a: step 2\nb: step 1\na: step 1\nb: step 2\ndone\n",
			"-- streams --\na| a: step 2\na| a: step 1\nb| b: step 1\nb| b: step 2\n-- end --\ndone\n",
			[]string{"t.txt:1: the streams block (lines 1-6) no longer fits the output: kept it with 1 line added, 1 line removed; review it"}},
		{"streams: placeholders kept", "-- streams --\na| a {{int 1}}\nb| b {{int 2}}\nb| b end\n-- end --\n", "b 5\na 4\nb finished\n",
			"-- streams --\na| a {{int 1}}\nb| b {{int 2}}\nb| b finished\n-- end --\n",
			[]string{"t.txt:1: the streams block (lines 1-5) no longer fits the output: kept it with 1 line changed; review it"}},
		{"comment kept", "-- # the answer --\na\n", "b\n", "-- # the answer --\nb\n", nil},
		{"skip absorbs new frames", "panic: x\n\ngoroutine 1 [running]:\n-- skip --\nexit status 2\n",
			"panic: y\n\ngoroutine 1 [running]:\nmain.main()\n\t/x.go:3 +0x1\nexit status 2\n",
			"panic: y\n\ngoroutine 1 [running]:\n-- skip --\nexit status 2\n", nil},
		{"new traceback skipped", "boom\nexit status 2\n",
			"boom\npanic: boom\n\ngoroutine 19 [running]:\nmain.worker()\n\t/tmp/x.go:5 +0x1d\ncreated by main.main in goroutine 1\n\t/tmp/x.go:9 +0x25\n\ngoroutine 1 [chan receive]:\nmain.main()\n\t/tmp/x.go:10 +0x30\nexit status 2\n",
			"boom\npanic: boom\n\ngoroutine {{int 19}} [running]:\n-- skip --\nexit status 2\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, notes := mustParse(t, tt.transcript).Merge(tt.output)
			assert.Equal(t, tt.want, string(got))
			assert.Equal(t, tt.notes, notes)
			require.NoError(t, mustParse(t, string(got)).Match(tt.output), "a merged transcript matches its output")
		})
	}
}

func TestFromOutputTracebacks(t *testing.T) {
	tests := []struct{ name, output, want string }{
		{"plain", "a\n-- end --\n", "a\n\\-- end --\n"},
		{"go's traceback", "panic: boom\n\ngoroutine 1 [running]:\nmain.main()\n\t/tmp/main.go:7 +0x18\nexit status 2\n",
			"panic: boom\n\ngoroutine 1 [running]:\n-- skip --\nexit status 2\n"},
		{"the interpreter's, without frames", "panic: boom\n\ngoroutine 1 [running]:\nexit status 2\n",
			"panic: boom\n\ngoroutine 1 [running]:\n-- skip --\nexit status 2\n"},
		{"deadlock of several goroutines", "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [semacquire]:\nsync.runtime_SemacquireWaitGroup(0xc000012118?, 0x0?)\n\t/usr/lib/go/src/runtime/sema.go:114 +0x2e\n\ngoroutine 7 [chan send]:\nmain.main.func1()\n\t/tmp/main.go:12 +0x2d\n...additional frames elided...\nexit status 2\n",
			"fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [semacquire]:\n-- skip --\nexit status 2\n"},
		{"a goroutine's own report is not a traceback", "goroutine 1 [running]:\n    main.main\ngoroutine 19 [chan receive]:\n    main.consumer\n",
			"goroutine 1 [running]:\n    main.main\ngoroutine 19 [chan receive]:\n    main.consumer\n"},
		{"a stack printed by the program", "stack:\ngoroutine 1 [running]:\nmain.main()\n\t/tmp/main.go:9 +0x65\ndone\n",
			"stack:\ngoroutine 1 [running]:\n-- skip --\ndone\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := string(FromOutput(tt.output))
			assert.Equal(t, tt.want, got)
			require.NoError(t, mustParse(t, got).Match(tt.output))
		})
	}
}

// A transcript too large to align line by line still merges to one that
// matches, keeping what fits at its ends, and says which blocks it
// replaced.
func TestMergeTooLarge(t *testing.T) {
	var src, out strings.Builder
	src.WriteString("first\n-- any order --\n")
	for i := range 3000 {
		fmt.Fprintf(&src, "line %d\n", i)
		if i != 1500 {
			fmt.Fprintf(&out, "line %d\n", 2999-i)
		} else {
			out.WriteString("changed\n")
		}
	}
	src.WriteString("-- end --\nlast\n")
	output := "first\n" + out.String() + "last\n"
	got, notes := mustParse(t, src.String()).Merge(output)
	assert.Equal(t, []string{"t.txt:2: replaced the any-order block (lines 2-3003) by the output's lines in their order (the transcript is too large to merge line by line); review it"}, notes)
	assert.True(t, strings.HasPrefix(string(got), "first\nline 2999\n"))
	require.NoError(t, mustParse(t, string(got)).Match(output))
}
