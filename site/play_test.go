package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/concbook/concurrency/site/build"
)

// The tests of running programs in the page with the real runner (the
// book's runner compiled to WebAssembly, play/worker.js): every program of
// the book, and programs that end badly. TestPlayPage tests the page's side
// alone, with a stand-in worker.

// playBookRoot is a book of programs that end badly (and two that end
// well), for the in-page runner's tests and benchmarks.
var playBookRoot = filepath.Join("testdata", "playbook")

// runLimit bounds the wait for one run in the tests: the page's own limit
// (10 s) and the first run's download, with room.
const runLimit = 40 * time.Second

// startPlay builds the book at root and opens it in chromium; it skips the
// test where chromium or the in-page runner is missing.
func startPlay(t *testing.T, root string) *browserSuite {
	t.Helper()
	if _, err := os.Stat(chromiumPath); err != nil {
		t.Skipf("the browser tests need Debian's chromium at %s (apt-get install chromium); CI installs it", chromiumPath)
	}
	return launchBrowser(t, buildPlaySite(t, root))
}

// buildPlaySite builds the book at root with the in-page runner (built
// once, then cached, by internal/playbuild).
func buildPlaySite(t testing.TB, root string) string {
	t.Helper()
	out := t.TempDir()
	_, err := build.Build(build.Config{Root: root, Out: out, Play: true})
	require.NoError(t, err)
	return out
}

// runAndWait clicks a program's Run button and waits until its run ends.
func runAndWait(t *testing.T, tb *tab, id string) (state, verdict string) {
	t.Helper()
	sel := `figure[data-id="` + id + `"] button[data-play="run"]`
	// A solution sits in a collapsed <details>: open it, as a reader would.
	eval[bool](t, tb, `(d => d ? (d.open = true) : false)(document.querySelector('figure[data-id="`+id+`"]').closest("details"))`)
	tb.do(t, chromedp.ScrollIntoView(chromedp.CSS(sel)), chromedp.Click(chromedp.CSS(sel)))
	waitFor(t, tb, runArea(id)+`.dataset.state !== undefined`, "the run of "+id+" ends", runLimit)
	return eval[string](t, tb, runArea(id)+`.dataset.state`), eval[string](t, tb, runArea(id)+`.dataset.verdict || ""`)
}

// TestPlayBook clicks Run on every program of the book that the page can
// run: each must match its transcript. An exercise's starter runs too, and
// must end with a verdict against its solution's transcript (either: a
// racy starter may print the answer already). The total time is reported (goal: at most
// 60 s), not asserted.
func TestPlayBook(t *testing.T) {
	s := startPlay(t, bookRoot)
	pages, err := filepath.Glob(filepath.Join(s.out, "*.html"))
	require.NoError(t, err)
	tb := s.tab(t)
	start := time.Now()
	ran := 0
	var inChapters []string
	for _, p := range pages {
		if filepath.Base(p) == "print.html" {
			continue // the same programs again: checked below by their ids, and one run
		}
		tb.open(t, s.base+filepath.Base(p))
		ids := eval[[]string](t, tb, `concbookPlay.programs()`)
		inChapters = append(inChapters, ids...)
		for _, id := range ids {
			state, verdict := runAndWait(t, tb, id)
			ran++
			ok := verdict == "match"
			if eval[bool](t, tb, `document.querySelector('figure[data-id="`+id+`"]').classList.contains("exercise")`) {
				ok = verdict == "match" || verdict == "mismatch" // a starter may print the answer already (a race that does not show)
			}
			if state != "done" || !ok {
				t.Errorf("%s: %s, verdict %q:\n%s", id, state, verdict, eval[string](t, tb, runArea(id)+`.innerText`))
			}
		}
	}
	t.Logf("ran %d programs in the page in %v (goal: at most 60s)", ran, time.Since(start).Round(time.Millisecond))
	assert.Positive(t, ran)
	tb.settle(t)
	assert.Empty(t, tb.problems())

	// print.html repeats every chapter: it offers the same programs, and
	// its Run works (running them all again would double the test's time).
	tb.open(t, s.base+"print.html")
	inPrint := eval[[]string](t, tb, `concbookPlay.programs()`)
	assert.ElementsMatch(t, inChapters, inPrint, "print.html offers Run on the chapters' programs")
	if len(inPrint) > 0 {
		state, verdict := runAndWait(t, tb, inPrint[0])
		assert.Equal(t, "done/match", state+"/"+verdict, "%s run from print.html", inPrint[0])
	}
	tb.settle(t)
	assert.Empty(t, tb.problems())
}

// TestPlayFaults runs programs that end badly: each ends with the right
// message, and the page stays usable (the next program runs and matches).
func TestPlayFaults(t *testing.T) {
	s := startPlay(t, playBookRoot)
	tb := s.tab(t)
	tb.open(t, s.base+"faults.html")
	for _, c := range []struct {
		name, state, verdict string
		says, prints         []string
	}{
		{name: "endless", state: "timeout", says: []string{"timed out after 10s (real time): the program was stopped"}},
		{name: "deadlock", state: "done", verdict: "match", prints: []string{"fatal error: all goroutines are asleep - deadlock!", "exit status 2"}},
		{name: "goroutine-panic", state: "done", verdict: "match", prints: []string{"panic: boom", "[running]:", "exit status 2"}},
		{name: "flood", state: "capped", says: []string{"output capped at 1 MiB"}},
	} {
		id := "faults/" + c.name
		begin := time.Now()
		state, verdict := runAndWait(t, tb, id)
		took := time.Since(begin)
		assert.Equal(t, c.state, state, id)
		assert.Equal(t, c.verdict, verdict, id)
		text := eval[string](t, tb, runArea(id)+`.innerText`)
		for _, s := range c.says {
			assert.Contains(t, eval[string](t, tb, runArea(id)+`.querySelector(".run-verdict").textContent`), s, id)
		}
		out := eval[string](t, tb, runArea(id)+`.querySelector(".run-out").textContent`)
		for _, s := range c.prints {
			assert.Contains(t, out, s, "%s printed:\n%s", id, text)
		}
		if c.name == "flood" {
			assert.LessOrEqual(t, len(out), 1<<20+64, "the page shows at most the cap")
		}
		// The page answers, and the next program runs and matches.
		assert.Equal(t, 2, eval[int](t, tb, `1 + 1`))
		t.Logf("%s: %s in %v", c.name, state, took.Round(time.Millisecond))
		state, verdict = runAndWait(t, tb, "faults/hello")
		assert.Equal(t, "done/match", state+"/"+verdict, "hello after %s", c.name)
	}
	tb.settle(t)
	assert.Empty(t, tb.problems())
}

// TestPlayEditBook edits a program of the book, runs it, sees the mismatch
// reported in runner check's words, then resets it and sees it match.
func TestPlayEditBook(t *testing.T) {
	s := startPlay(t, bookRoot)
	tb := s.tab(t)
	tb.open(t, s.base+playPage)
	tb.do(t, chromedp.Evaluate[chromedp.Void](`localStorage.clear()`), chromedp.Reload(), chromedp.WaitReady(chromedp.CSS("body")))
	fig := `figure[data-id="` + playProgram + `"]`
	tb.do(t, chromedp.Click(chromedp.CSS(fig+` button[data-play="edit"]`)), chromedp.WaitVisible(chromedp.CSS(fig+` .cm-editor`)))
	code := eval[string](t, tb, `concbookPlay.editor('`+playProgram+`', 0).text()`)
	require.Contains(t, code, `"hello from main"`)
	tb.do(t, chromedp.Evaluate[chromedp.Void](`(() => { const e = concbookPlay.editor('`+playProgram+`', 0); e.set(e.text().replace('"hello from main"', '"hello from the reader"')); })()`))
	state, verdict := runAndWait(t, tb, playProgram)
	assert.Equal(t, "done/mismatch", state+"/"+verdict)
	out := eval[string](t, tb, runArea(playProgram)+`.querySelector(".run-out").textContent`)
	assert.Contains(t, out, "hello from the reader")
	report := eval[string](t, tb, runArea(playProgram)+`.querySelector(".run-report").textContent`)
	assert.NotEmpty(t, report, "the first difference is shown")
	assert.Contains(t, report, "hello from the reader")
	t.Logf("the report:\n%s", report)

	tb.do(t, chromedp.Click(chromedp.CSS(fig+` button[data-play="reset"]`)))
	state, verdict = runAndWait(t, tb, playProgram)
	assert.Equal(t, "done/match", state+"/"+verdict, "after Reset")
	assert.False(t, strings.Contains(eval[string](t, tb, runArea(playProgram)+`.textContent`), "reader"))
	tb.settle(t)
	assert.Empty(t, tb.problems())
	t.Run("looks", s.testPlayLooks)
}
