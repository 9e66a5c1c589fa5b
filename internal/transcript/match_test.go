package transcript

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func mustParse(t testing.TB, src string) *Transcript {
	t.Helper()
	tr, err := Parse("t.txt", []byte(src))
	require.NoError(t, err)
	return tr
}

func TestMatch(t *testing.T) {
	tests := []struct {
		name       string
		transcript string
		output     string
		ok         bool
		msg        string // part of the mismatch message
	}{
		{"empty", "", "", true, ""},
		{"literal", "a\nb\n", "a\nb\n", true, ""},
		{"literal without final newline", "a\nb\n", "a\nb", true, ""},
		{"literal differs", "a\nb\n", "a\nc\n", false, `want "b"; output line 2 is "c"`},
		{"missing line", "a\nb\n", "a\n", false, "the output ends"},
		{"extra line", "a\n", "a\nb\n", false, `unexpected output after the end of the transcript: line 2: "b"`},
		{"order matters", "a\nb\n", "b\na\n", false, `want "a"`},
		{"int placeholder", "n = {{int 42}}\n", "n = -7\n", true, ""},
		{"int placeholder rejects", "n = {{int 42}}\n", "n = x\n", false, `want "n = 42"`},
		{"duration", "took {{duration 1.5s}}\n", "took 1m2.25s\n", true, ""},
		{"duration ms", "took {{duration}}\n", "took 250ms\n", true, ""},
		{"duration µs", "took {{duration}}\n", "took 12.5µs\n", true, ""},
		{"float", "x={{float 3.14}}\n", "x=2.5e-3\n", true, ""},
		{"pid", "child {{pid 4242}} done\n", "child 17 done\n", true, ""},
		{"hex", "at {{hex 0xc000010000}}\n", "at 0xc00001a0b8\n", true, ""},
		{"word", "state {{word ready}}\n", "state running\n", true, ""},
		{"word no space", "state {{word ready}}\n", "state a b\n", false, ""},
		{"any", "log: {{any}}\n", "log: \n", true, ""},
		{"regexp", "id {{/[a-f]+/ abc}}\n", "id fed\n", true, ""},
		{"regexp rejects", "id {{/[a-f]+/ abc}}\n", "id xyz\n", false, ""},
		{"escaped braces", "map{{{{x}}\n", "map{{x}}\n", true, ""},
		{"escaped directive", "\\-- end --\n", "-- end --\n", true, ""},
		{"escaped backslash", "\\\\n\n", "\\n\n", true, ""},
		{"any order", "start\n-- any order --\nx\ny\nz\n-- end --\nend\n", "start\nz\nx\ny\nend\n", true, ""},
		{"any order missing", "-- any order --\nx\ny\n-- end --\n", "x\nx\n", false, `t.txt:1: any-order block (lines 1-4): no output line pairs with line 3 "y"; output line 2 "x" pairs with no line of the block`},
		{"any order extra", "-- any order --\nx\ny\n-- end --\n", "x\nq\n", false, `no output line pairs with line 3 "y"; output line 2 "q" pairs with no line of the block`},
		{"any order, several unpaired", "a\n-- any order --\nw\nx\ny\nz\n-- end --\n", "a\nz\nq\nw\nr\n", false, `any-order block (lines 2-7): no output line pairs with lines 4 "x", 5 "y"; output lines 3 "q", 5 "r" pair with no line of the block`},
		{"any order stays between neighbours", "a\n-- any order --\nx\ny\n-- end --\nb\n", "x\na\ny\nb\n", false, ""},
		{"any order placeholders need pairing", "-- any order --\n{{int}} apples\n3 apples\n-- end --\n", "3 apples\n4 apples\n", true, ""},
		{"streams", "-- streams --\na| a1\na| a2\nb| b1\nb| b2\n-- end --\n", "b1\na1\nb2\na2\n", true, ""},
		{"streams own order", "-- streams --\na| a1\na| a2\nb| b1\n-- end --\n", "a2\nb1\na1\n", false, `output line "a2" fits no stream`},
		{"streams identical lines", "-- streams --\na| tick\na| a done\nb| tick\nb| b done\n-- end --\n", "tick\ntick\nb done\na done\n", true, ""},
		{"streams identical lines need backtracking", "-- streams --\na| x\na| y\nb| x\nb| z\n-- end --\n", "x\nz\nx\ny\n", true, ""},
		{"streams identical lines wrong", "-- streams --\na| x\na| y\nb| x\nb| z\n-- end --\n", "x\ny\nz\nx\n", false, ""},
		{"skip", "panic: boom\n-- skip --\nexit status 2\n", "panic: boom\n\ngoroutine 1 [running]:\nmain.main()\nexit status 2\n", true, ""},
		{"skip nothing", "a\n-- skip --\nb\n", "a\nb\n", true, ""},
		{"skip at end", "a\n-- skip --\n", "a\nb\nc\n", true, ""},
		{"after skip none matches", "a\n-- skip --\nz\n", "a\nb\nc\n", false, `want "z" at some output line from 2 on; none matches`},
		{"comment", "-- # the workers race here --\na\n", "a\n", true, ""},
		{"exit status", "boom\nexit status 2\n", "boom\nexit status 2\n", true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := mustParse(t, tt.transcript)
			err := tr.Match(tt.output)
			if tt.ok {
				assert.NoError(t, err)
				return
			}
			var mm *Mismatch
			require.ErrorAs(t, err, &mm)
			assert.Contains(t, mm.Error(), tt.msg)
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"unclosed block", "a\n-- any order --\nb\n", "t.txt:2:1: any-order block is never closed"},
		{"stray end", "-- end --\n", "t.txt:1:1: -- end -- without an open block"},
		{"nested", "-- streams --\na| x\n-- any order --\n", "t.txt:3:1: \"-- any order --\" inside the streams block"},
		{"skip in block", "-- any order --\nx\n-- skip --\n", "t.txt:3:1: -- skip -- inside"},
		{"empty block", "-- any order --\n-- end --\n", "t.txt:1:1: empty any-order block"},
		{"untagged stream line", "-- streams --\nx\n-- end --\n", "t.txt:2:1: line in the streams block opened on line 1 has no stream tag"},
		{"unknown directive", "-- sometimes --\n", "t.txt:1:1: unknown directive"},
		{"unknown kind", "x {{number 1}}\n", "t.txt:1:3: placeholder {{number 1}}: unknown kind \"number\""},
		{"bad sample", "x {{int seven}}\n", "t.txt:1:3: placeholder {{int seven}}: sample \"seven\" is not a int"},
		{"unterminated", "x {{int 1\n", "t.txt:1:3: unterminated placeholder"},
		{"bad regexp", "x {{/(/ a}}\n", "t.txt:1:3: placeholder {{/(/ a}}: error parsing regexp"},
		{"column in stream", "-- streams --\na| x {{bad}}\n-- end --\n", "t.txt:2:6: placeholder {{bad}}"},
		{"binary", "ok\n\xff\xfe\n", "t.txt:2:1: transcript is not UTF-8 text"},
		{"huge", strings.Repeat("x\n", MaxSize/2+1), "t.txt:1:1: transcript is 16777218 bytes, more than the 16777216"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("t.txt", []byte(tt.src))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

// eightGoroutines is the transcript of 8 goroutines that print 3 lines each.
func eightGoroutines() (string, [][]string) {
	var b strings.Builder
	b.WriteString("start\n-- streams --\n")
	streams := make([][]string, 8)
	for g := range 8 {
		for s := range 3 {
			line := fmt.Sprintf("worker %d: step %d", g, s)
			streams[g] = append(streams[g], line)
			fmt.Fprintf(&b, "w%d| %s\n", g, line)
		}
	}
	b.WriteString("-- end --\ndone\n")
	return b.String(), streams
}

// interleave mixes streams at random, keeping each stream's order.
func interleave(r *rand.Rand, streams [][]string) []string {
	pos := make([]int, len(streams))
	var out []string
	for {
		var live []int
		for i, s := range streams {
			if pos[i] < len(s) {
				live = append(live, i)
			}
		}
		if len(live) == 0 {
			return out
		}
		i := live[r.IntN(len(live))]
		out = append(out, streams[i][pos[i]])
		pos[i]++
	}
}

func TestStreamsEightGoroutines(t *testing.T) {
	src, streams := eightGoroutines()
	tr := mustParse(t, src)
	r := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		lines := interleave(r, streams)
		out := "start\n" + strings.Join(lines, "\n") + "\ndone\n"
		require.NoError(t, tr.Match(out))

		// One goroutine's own lines swapped.
		swapped := strings.Replace(out, "worker 3: step 0", "TMP", 1)
		swapped = strings.Replace(swapped, "worker 3: step 1", "worker 3: step 0", 1)
		swapped = strings.Replace(swapped, "TMP", "worker 3: step 1", 1)
		assert.Error(t, tr.Match(swapped), "swapped")

		// A line missing, a line added.
		assert.Error(t, tr.Match(strings.Replace(out, "worker 5: step 2\n", "", 1)), "missing")
		assert.Error(t, tr.Match(strings.Replace(out, "worker 5: step 2\n", "worker 5: step 2\nworker 5: step 2\n", 1)), "added")
	}
}

func TestTooComplex(t *testing.T) {
	old := MaxSteps
	MaxSteps = 1000
	defer func() { MaxSteps = old }()
	// 6 streams of identical lines and a last line that fails: the search
	// must give up rather than explore every interleaving.
	var b strings.Builder
	b.WriteString("-- streams --\n")
	var out strings.Builder
	for s := range 6 {
		for range 5 {
			fmt.Fprintf(&b, "s%d| x\n", s)
			out.WriteString("x\n")
		}
		fmt.Fprintf(&b, "s%d| end %d\n", s, s)
	}
	b.WriteString("-- end --\n")
	for s := range 5 {
		fmt.Fprintf(&out, "end %d\n", s)
	}
	out.WriteString("end 9\n")
	err := mustParse(t, b.String()).Match(out.String())
	require.ErrorIs(t, err, ErrTooComplex)
	assert.False(t, errors.As(err, new(*Mismatch)))
}
