package check

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/concbook/concurrency/internal/golden"
)

// writeBook writes a book of chapter files and transcripts (paths relative
// to its root) into a temporary folder.
func writeBook(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, text := range files {
		path := filepath.Join(root, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(text), 0o644))
	}
	return root
}

// A -run pattern that selects nothing is an error, with -update too, and
// -update then writes nothing.
func TestCheckRunMatchesNothing(t *testing.T) {
	for _, update := range []bool{false, true} {
		t.Run(fmt.Sprintf("update=%v", update), func(t *testing.T) {
			root := t.TempDir()
			require.NoError(t, os.CopyFS(root, os.DirFS("testdata/book")))
			r := &recordingRunner{out: "new\n"}
			var got []*Outcome
			sum, err := Check(context.Background(), Options{Root: root, Update: update, Run: regexp.MustCompile(`^01-unit/`), Engines: []Engine{{"yaegi", r}}},
				func(o *Outcome) { got = append(got, o) })
			var nm *NoMatchError
			require.ErrorAs(t, err, &nm)
			assert.Equal(t, `no program matches -run "^01-unit/" (a program's id is chapter/program, such as unit/same)`, err.Error())
			assert.Equal(t, Summary{}, sum)
			assert.Empty(t, got)
			assert.Empty(t, r.reqs, "nothing runs")
			_, statErr := os.Stat(filepath.Join(root, "expected/unit/fresh.txt"))
			assert.ErrorIs(t, statErr, os.ErrNotExist, "-update wrote a transcript")
		})
	}
	t.Run("an orphan is a match", func(t *testing.T) {
		_, got := collect(t, Options{Root: "testdata/book", Run: regexp.MustCompile(`orphan`), Engines: []Engine{{"yaegi", yaegiLike}}})
		assert.Equal(t, Fail, got["unit/orphan"].Status)
	})
}

func TestCheckNoBook(t *testing.T) {
	root := t.TempDir()
	_, err := Check(context.Background(), Options{Root: root, Engines: []Engine{{"yaegi", yaegiLike}}}, func(*Outcome) {})
	var nb *NoBookError
	require.ErrorAs(t, err, &nb)
	assert.Equal(t, "no chapters/ folder in "+root+", where the book was looked for", err.Error())
}

// A chapter that fails to parse reports its errors only: the transcripts of
// the programs it could not read are not called orphans.
func TestCheckBrokenChapterHasNoOrphans(t *testing.T) {
	tests := []struct {
		name    string
		chapter string // file name under chapters/
		src     string
		want    string
	}{
		{"fence attribute typo", "01-ch.md", "# Ch\n\n```go nmae=hello\npackage main\n\nfunc main() {}\n```\n",
			`chapters/01-ch.md:3:7: unknown fence attribute "nmae=hello"`},
		{"fence never closed", "01-ch.md", "# Ch\n\n```go name=hello\npackage main\n",
			"chapters/01-ch.md:3:1: code fence is never closed"},
		{"chapter misnamed", "01-Ch.md", "# Ch\n\n```go name=hello\npackage main\n\nfunc main() {}\n```\n",
			"chapters/01-Ch.md:1:1: a chapter file is named NN-slug.md"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := writeBook(t, map[string]string{
				"chapters/" + tt.chapter:     tt.src,
				"expected/ch/hello.txt":      "hello\n",
				"chapters/02-other.md":       "# Other\n",
				"expected/other/gone.txt":    "x\n",
				"expected/other/.hidden.txt": "x\n",
			})
			var got []*Outcome
			_, err := Check(context.Background(), Options{Root: root, Engines: []Engine{{"go", &recordingRunner{out: "hello\n"}}}}, func(o *Outcome) { got = append(got, o) })
			require.NoError(t, err)
			var problems []string
			for _, o := range got {
				problems = append(problems, o.Problems...)
			}
			require.Len(t, problems, 2, "%q", problems)
			assert.True(t, strings.HasPrefix(problems[0], tt.want), problems[0])
			assert.Equal(t, "expected/other/gone.txt:1: transcript without a program (its program was renamed or removed? delete the file or rename it)", problems[1],
				"an orphan of a chapter without errors is still reported")
		})
	}
}

// -update keeps a block with one line changed, says so, and the written
// transcript then passes.
func TestCheckUpdateWarnsOfChangedBlock(t *testing.T) {
	root := writeBook(t, map[string]string{
		"chapters/01-ch.md":       "# Ch\n\n```go name=workers\npackage main\n\nfunc main() {}\n```\n",
		"expected/ch/workers.txt": "-- any order --\nworker 1 done\nworker 2 done\nworker 3 done\n-- end --\n",
	})
	run := &recordingRunner{out: "worker 2 done\nworker 3 finished\nworker 1 done\n"}
	var text strings.Builder
	sum, err := Check(context.Background(), Options{Root: root, Update: true, Engines: []Engine{{"go", run}}}, (&TextReporter{W: &text}).Report)
	require.NoError(t, err)
	assert.Equal(t, Summary{Passed: 1}, sum)
	assert.Equal(t, "--- UPDATED: ch/workers (chapters/01-ch.md:3)\n"+
		"    wrote expected/ch/workers.txt\n"+
		"    warning: expected/ch/workers.txt:1: the any-order block (lines 1-5) no longer fits the output: kept it with 1 line changed; review it\n", text.String())
	b, err := os.ReadFile(filepath.Join(root, "expected/ch/workers.txt"))
	require.NoError(t, err)
	assert.Equal(t, "-- any order --\nworker 1 done\nworker 2 done\nworker 3 finished\n-- end --\n", string(b))

	sum, _ = collect(t, Options{Root: root, Engines: []Engine{{"go", run}}})
	assert.Equal(t, Summary{Passed: 1}, sum, "the written transcript passes")
}

// The failure of a changed any-order block shows the lines that lost their
// partner, not a comparison by position, and its directives do not read as
// the diff's headers.
func TestCheckAnyOrderDiff(t *testing.T) {
	root := writeBook(t, map[string]string{
		"chapters/01-ch.md":       "# Ch\n\n```go name=workers\npackage main\n\nfunc main() {}\n```\n",
		"expected/ch/workers.txt": "start\n-- any order --\nworker 1 done\nworker 2 done\nworker 3 done\nworker 4 done\n-- end --\nend\n",
	})
	run := &recordingRunner{out: "start\nworker 4 done\nworker 3 done\nworker two done\nworker 1 done\nend\n"}
	var text strings.Builder
	sum, err := Check(context.Background(), Options{Root: root, Engines: []Engine{{"go", run}}}, (&TextReporter{W: &text}).Report)
	require.NoError(t, err)
	assert.Equal(t, Summary{Failed: 1}, sum)
	golden.Assert(t, "anyorder-diff.golden", regexp.MustCompile(`\(\d+\.\d\ds\)`).ReplaceAllString(text.String(), "(T)"))
}

// -update never reports success for a transcript that does not match the
// output it was written from.
func TestWriteTranscriptRematches(t *testing.T) {
	root := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(root, "expected/ch"), 0o755))
	o := &Outcome{Status: Pass}
	writeTranscript(o, root, "expected/ch/p.txt", []byte("-- any order --\nx\n-- end --\n"), "y\n")
	assert.Equal(t, Fail, o.Status)
	assert.Equal(t, []string{`expected/ch/p.txt: -update wrote a transcript that does not match the output it was written from: expected/ch/p.txt:1: any-order block (lines 1-3): no output line pairs with line 2 "x"; output line 1 "y" pairs with no line of the block; review it`}, o.Problems)

	o = &Outcome{Status: Pass}
	writeTranscript(o, root, "expected/ch/p.txt", []byte("y\n"), "y\n")
	assert.Equal(t, Pass, o.Status)
	assert.Equal(t, "expected/ch/p.txt", o.Updated)
}

func TestAbridge(t *testing.T) {
	var many strings.Builder
	for i := range 5000 {
		fmt.Fprintf(&many, "line %d\n", i)
	}
	tests := []struct{ name, output string }{
		{"many lines", many.String() + "output capped at 1MiB: the rest was dropped\n"},
		{"one huge line", strings.Repeat("é", 300_000) + "\nexit status 1\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := abridge(tt.output)
			assert.Less(t, len(got), 9<<10)
			golden.Assert(t, "abridge-"+strings.ReplaceAll(tt.name, " ", "-")+".golden", got)
		})
	}
	for _, short := range []string{"", "a\n", strings.Repeat("x\n", 40), strings.Repeat("y", 200) + "\n"} {
		assert.Equal(t, short, abridge(short), "a short output is shown whole")
	}
}

func TestUnifiedDiffMarks(t *testing.T) {
	got := unifiedDiff("a.txt", "output", "-- any order --\nx\ny\n-- end --\nz", "x\ny\nz\n")
	assert.Equal(t, "--- a.txt\n+++ output\n@@ -1,5 +1,3 @@\n- -- any order --\n  x\n  y\n- -- end --\n  z\n", got)
}

// A program without a transcript that floods its output shows its
// beginning and end, and how much was left out.
func TestCheckNoTranscriptAbridged(t *testing.T) {
	root := writeBook(t, map[string]string{
		"chapters/01-ch.md": "# Ch\n\n```go name=flood\npackage main\n\nfunc main() {}\n```\n",
	})
	out := strings.Repeat("spam\n", 100_000) + "output capped at 1MiB: the rest was dropped\n"
	_, got := collect(t, Options{Root: root, Engines: []Engine{{"go", &recordingRunner{out: out}}}})
	o := got["ch/flood"]
	assert.Equal(t, []string{"expected/ch/flood.txt: no transcript; its output is below (write it with -update, then review it)"}, o.Problems)
	assert.Equal(t, strings.Repeat("spam\n", 20)+"[... 99961 lines (499805 bytes) left out ...]\n"+strings.Repeat("spam\n", 19)+"output capped at 1MiB: the rest was dropped\n", o.Output)
}
