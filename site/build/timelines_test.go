package build

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/concbook/concurrency/internal/book"
	"github.com/concbook/concurrency/internal/transcript"
	"github.com/concbook/concurrency/site/render"
)

// timelineBook is a chapter with one program of each kind the site treats
// differently.
const timelineBook = "# Timelines\n\n" +
	"```go name=waits\npackage main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tdone := make(chan bool)\n\tgo func() {\n\t\ttime.Sleep(600 * time.Millisecond)\n\t\tdone <- true\n\t}()\n\t<-done\n\tfmt.Println(\"done\")\n}\n```\n\n" +
	"```go name=real clock=real\npackage main\n\nfunc main() {}\n```\n\n" +
	"```go name=broken\npackage main\n\nfunc main() { x := 1 }\n```\n\n" +
	"```go name=untranscribed\npackage main\n\nfunc main() {}\n```\n\n" +
	"```go name=mismatch\npackage main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"actual\") }\n```\n"

func TestTimelines(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs programs")
	}
	root := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(root, "chapters"), 0o755))
	require.NoError(t, os.MkdirAll(filepath.Join(root, "expected", "timelines"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(root, "chapters", "01-timelines.md"), []byte(timelineBook), 0o644))
	for name, out := range map[string]string{"waits": "done\n", "real": "", "broken": "", "mismatch": "expected\n"} {
		require.NoError(t, os.WriteFile(filepath.Join(root, "expected", "timelines", name+".txt"), []byte(out), 0o644))
	}
	bk, err := book.Load(root, render.Extensions...)
	require.NoError(t, err)
	transcripts := map[*book.Program]*transcript.Transcript{}
	for _, p := range bk.Programs() {
		tr, err := loadTranscript(root, p)
		require.NoError(t, err)
		if tr != nil {
			transcripts[p] = tr
		}
	}
	cache := t.TempDir()
	got := timelines(bk, transcripts, root, cache)
	byName := map[string]string{}
	for p, tl := range got {
		if tl.SVG != "" {
			assert.True(t, strings.HasPrefix(tl.SVG, `<svg class="timeline"`), "inline SVG, no namespace or style: %.60s", tl.SVG)
			assert.NotContains(t, tl.SVG, "style=")
			byName[p.Name] = tl.Summary
			continue
		}
		byName[p.Name] = "no timeline: " + tl.Reason
	}
	assert.Equal(t, map[string]string{
		"waits":         "2 goroutines over 600ms; main waits 600ms on a channel receive",
		"real":          "no timeline: it runs on the real clock, whose timings differ on every run",
		"broken":        "no timeline: it does not build",
		"untranscribed": "no timeline: its output has no transcript to check the traced run against",
		"mismatch":      "no timeline: the traced run's output does not match: " + mismatchMessage(t, transcripts, bk),
	}, byName)

	// A second build reads every answer from the cache.
	files, err := filepath.Glob(filepath.Join(cache, "timelines", "*.json"))
	require.NoError(t, err)
	assert.Len(t, files, 5)
	for _, p := range bk.Programs() {
		cached, ok := cachedTimeline(timelinePath(cache, timelineKey(root, p)))
		require.True(t, ok, p.Name)
		assert.Equal(t, got[p], cached, p.Name)
	}
}

// mismatchMessage is what the transcript matcher says about the mismatch
// program's output.
func mismatchMessage(t *testing.T, transcripts map[*book.Program]*transcript.Transcript, bk *book.Book) string {
	for p, tr := range transcripts {
		if p.Name == "mismatch" {
			return tr.Match("actual\n").Error()
		}
	}
	t.Fatal("no mismatch program")
	return ""
}
