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

	"github.com/concbook/concurrency/internal/book"
	"github.com/concbook/concurrency/internal/play"
	"github.com/concbook/concurrency/site/render"
)

// TestPlayPage tests the page's side of running programs (play.js) with a
// stand-in worker (testdata/play/fakeworker.js) that speaks the worker's
// protocol without running Go: the buttons, the editor and its kept edits,
// the verdicts, and each way a run can end (Stop, the time limit, the output
// cap, a failing runner).
func TestPlayPage(t *testing.T) {
	if _, err := os.Stat(chromiumPath); err != nil {
		t.Skipf("the browser tests need Debian's chromium at %s (apt-get install chromium); CI installs it", chromiumPath)
	}
	out, _ := buildSite(t, bookRoot)
	fake, err := os.ReadFile(filepath.Join("testdata", "play", "fakeworker.js"))
	require.NoError(t, err)
	require.NoError(t, os.MkdirAll(filepath.Join(out, "play"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(out, "play", "worker.js"), fake, 0o644))
	writePrograms(t, out)
	s := launchBrowser(t, out)
	t.Run("buttons", s.testPlayButtons)
	t.Run("lazy", s.testPlayLazy)
	t.Run("edit", s.testPlayEdit)
	t.Run("ends", s.testPlayEnds)
	t.Run("file", s.testPlayFile)
}

// writePrograms writes each program's source and transcript where the page
// fetches them, if the build did not.
func writePrograms(t *testing.T, out string) {
	bk, err := book.Load(bookRoot, render.Extensions...)
	require.NoError(t, err)
	for _, p := range bk.Programs() {
		dst := filepath.Join(out, "programs", filepath.FromSlash(p.ID()))
		if _, err := os.Stat(dst + ".go"); err == nil {
			continue
		}
		require.NoError(t, os.MkdirAll(filepath.Dir(dst), 0o755))
		require.NoError(t, os.WriteFile(dst+".go", []byte(p.Code()), 0o644))
		if data, err := os.ReadFile(filepath.Join(bookRoot, p.TranscriptPath())); err == nil {
			require.NoError(t, os.WriteFile(dst+".txt", data, 0o644))
		}
		// A stand-in for the program lowered ahead, which the site build
		// writes for the programs the page runs (but test programs), and
		// the fake worker checks the page sends only with the book's code.
		if ok, _ := play.Runnable(p); ok && !p.Test {
			require.NoError(t, os.WriteFile(dst+".lowered.go", []byte("// lowered ahead\n"+p.Code()), 0o644))
		}
	}
}

// playPage is the chapter whose first program, hello, the tests run.
const (
	playPage    = "concurrency.html"
	playProgram = "concurrency/hello"
)

func runArea(id string) string { return `document.querySelector('figure[data-id="` + id + `"] .run')` }

// clickRun clicks a program's Run button and waits for the run to end; it
// returns the result element's state.
func clickRun(t *testing.T, tb *tab, id string) string {
	t.Helper()
	sel := `figure[data-id="` + id + `"] button[data-play="run"]`
	tb.do(t, chromedp.ScrollIntoView(chromedp.CSS(sel)), chromedp.Click(chromedp.CSS(sel)))
	waitTrue(t, tb, runArea(id)+`.dataset.state !== undefined`, "the run of "+id+" ends")
	return eval[string](t, tb, runArea(id)+`.dataset.state`)
}

// testPlayButtons: every program's last cell has Run (the page can run it)
// or says why not and how to run it, never both, never neither.
func (s *browserSuite) testPlayButtons(t *testing.T) {
	tb := s.tab(t)
	pages, err := filepath.Glob(filepath.Join(s.out, "*.html"))
	require.NoError(t, err)
	runnable, not := 0, 0
	for _, p := range pages {
		name := filepath.Base(p)
		tb.open(t, s.base+name)
		cells := eval[[]map[string]any](t, tb, `[...document.querySelectorAll("figure.program")].map(f => ({
			id: f.dataset.id, part: f.dataset.part,
			run: [...f.querySelectorAll("button")].filter(b => b.textContent === "Run").length,
			visible: [...f.querySelectorAll("button")].filter(b => b.textContent === "Run" && b.offsetParent !== null).length,
			area: f.querySelectorAll(".run").length,
			off: f.querySelector(".run-off") ? f.querySelector(".run-off").textContent : "",
			edit: f.querySelectorAll('button[data-play="edit"]').length,
			output: f.querySelectorAll(".output").length,
			exercise: f.classList.contains("exercise"),
		}))`)
		for _, c := range cells {
			// An exercise's starter has no output: it is one part, checked
			// against its solution's transcript.
			last := c["output"].(float64) == 1 || c["exercise"].(bool)
			run, area, off := c["run"].(float64), c["area"].(float64), c["off"].(string)
			switch {
			case !last:
				assert.Zero(t, run, "%s %v: Run is on the program's last part only", name, c["id"])
			case off != "":
				not++
				assert.Zero(t, run+area, "%s %v: not runnable, yet a Run button", name, c["id"])
				assert.Zero(t, c["edit"], "%s %v: not runnable, yet an Edit button", name, c["id"])
				assert.Regexp(t, `^It .+: run it with go run\. Save it as \S+\.go, then: go run \S+\.go$`, off, "%s %v", name, c["id"])
			default:
				runnable++
				assert.Equal(t, 1.0, run, "%s %v: one Run button", name, c["id"])
				assert.Equal(t, 1.0, c["visible"], "%s %v: the Run button shows", name, c["id"])
				assert.Equal(t, 1.0, area, "%s %v: a place for the run's result", name, c["id"])
			}
		}
	}
	t.Logf("%d programs with a Run button, %d without", runnable, not)
	assert.Positive(t, runnable)
	tb.settle(t)
	assert.Empty(t, tb.problems())
}

// testPlayLazy: nothing of the runner or the editor loads before the first
// Run or Edit; then a run shows its output and the verdict.
func (s *browserSuite) testPlayLazy(t *testing.T) {
	tb := s.tab(t)
	tb.open(t, s.base+playPage)
	loaded := `performance.getEntriesByType("resource").map(e => e.name.slice(location.origin.length + 1))`
	for _, f := range eval[[]string](t, tb, loaded) {
		assert.NotContains(t, []string{"play/worker.js", "editor.js"}, f, "loaded before any click")
		assert.False(t, strings.HasPrefix(f, "play/") || strings.HasPrefix(f, "programs/"), "%s loaded before any click", f)
	}
	assert.Equal(t, "done", clickRun(t, tb, playProgram))
	assert.Equal(t, "match", eval[string](t, tb, runArea(playProgram)+`.dataset.verdict`))
	assert.Contains(t, eval[string](t, tb, runArea(playProgram)+`.textContent`), "ran "+playProgram)
	assert.Contains(t, eval[string](t, tb, runArea(playProgram)+`.querySelector(".run-verdict").textContent`), "matches the book's transcript")
	assert.NotContains(t, eval[[]string](t, tb, loaded), "editor.js", "Run does not load the editor")
	tb.settle(t)
	assert.Empty(t, tb.problems())
}

// testPlayEdit: Edit opens the editor on the book's code; an edit is kept
// across a reload and runs instead of the book's code, and the verdict says
// it differs; Reset brings the book's code back and forgets the edit.
func (s *browserSuite) testPlayEdit(t *testing.T) {
	tb := s.tab(t)
	tb.open(t, s.base+playPage)
	tb.do(t, chromedp.Evaluate[chromedp.Void](`localStorage.clear()`), chromedp.Reload(), chromedp.WaitReady(chromedp.CSS("body")))
	fig := `figure[data-id="` + playProgram + `"]`
	book := eval[string](t, tb, `document.querySelector('`+fig+` pre').textContent`)
	tb.do(t, chromedp.Click(chromedp.CSS(fig+` button[data-play="edit"]`)), chromedp.WaitVisible(chromedp.CSS(fig+` .cm-editor`)))
	assert.True(t, eval[bool](t, tb, `document.querySelector('`+fig+` pre').hidden`), "the editor replaces the code")
	assert.Equal(t, book, eval[string](t, tb, `concbookPlay.editor('`+playProgram+`', 0).text()`), "the editor opens on the book's code")
	assert.True(t, eval[bool](t, tb, `document.querySelector('`+fig+` .cm-content .kn, `+fig+` .cm-content .k, `+fig+` .cm-content .kd') !== null`), "the editor highlights Go")
	assert.False(t, eval[bool](t, tb, `document.querySelector('`+fig+` button[data-play="edit"]').offsetParent !== null`), "Edit is gone while editing")

	// Type at the end of the code.
	tb.do(t, chromedp.Click(chromedp.CSS(fig+` .cm-content`)),
		chromedp.Evaluate[chromedp.Void](`(() => { const v = concbookPlay.editor('`+playProgram+`', 0).view; v.dispatch({selection: {anchor: v.state.doc.length}}); })()`),
		chromedp.SendKeys(chromedp.CSS(fig+` .cm-content`), "// an edit"))
	edited := eval[string](t, tb, `concbookPlay.editor('`+playProgram+`', 0).text()`)
	require.Equal(t, book+"// an edit", edited)
	assert.Equal(t, edited, eval[string](t, tb, `localStorage.getItem("concbook:edit:`+playProgram+`#0")`), "the edit is kept")
	assert.True(t, eval[bool](t, tb, `document.querySelector('`+fig+`').classList.contains("edited")`))
	assert.True(t, eval[bool](t, tb, `document.querySelector('`+fig+` button[data-play="reset"]').offsetParent !== null`), "Reset shows once edited")

	tb.do(t, chromedp.Reload(), chromedp.WaitReady(chromedp.CSS("body")), chromedp.WaitVisible(chromedp.CSS(fig+` .cm-editor`)))
	assert.Equal(t, edited, eval[string](t, tb, `concbookPlay.editor('`+playProgram+`', 0).text()`), "the edit is back after a reload, in the editor")

	assert.Equal(t, "done", clickRun(t, tb, playProgram))
	assert.Equal(t, "mismatch", eval[string](t, tb, runArea(playProgram)+`.dataset.verdict`))
	assert.Contains(t, eval[string](t, tb, runArea(playProgram)+`.querySelector(".run-verdict").textContent`), "differs from the book's transcript")
	assert.Contains(t, eval[string](t, tb, runArea(playProgram)+`.querySelector(".run-report").textContent`), "line 1: got")

	tb.do(t, chromedp.Click(chromedp.CSS(fig+` button[data-play="reset"]`)))
	assert.False(t, eval[bool](t, tb, `document.querySelector('`+fig+` pre').hidden`), "the book's code is back")
	assert.Equal(t, book, eval[string](t, tb, `document.querySelector('`+fig+` pre').textContent`))
	assert.Zero(t, eval[int](t, tb, `document.querySelectorAll('`+fig+` .cm-editor').length`), "the editor is gone")
	assert.Nil(t, eval[any](t, tb, `localStorage.getItem("concbook:edit:`+playProgram+`#0")`), "the edit is forgotten")
	assert.False(t, eval[bool](t, tb, `document.querySelector('`+fig+`').classList.contains("edited")`))
	assert.Equal(t, "done", clickRun(t, tb, playProgram))
	assert.Equal(t, "match", eval[string](t, tb, runArea(playProgram)+`.dataset.verdict`), "the book's code runs again")
	tb.settle(t)
	assert.Empty(t, tb.problems())
}

// withSource opens the play page with the program's code replaced, as a
// kept edit, by its code with a line that tells the fake worker what to do.
func withSource(t *testing.T, s *browserSuite, tb *tab, marker string) {
	t.Helper()
	tb.open(t, s.base+playPage)
	tb.do(t,
		chromedp.Evaluate[chromedp.Void](`localStorage.clear(); localStorage.setItem("concbook:edit:`+playProgram+`#0", "// `+marker+`\n" + document.querySelector('figure[data-id="`+playProgram+`"] pre').textContent)`),
		chromedp.Reload(), chromedp.WaitReady(chromedp.CSS("body")))
}

// testPlayEnds: each way a run ends without a verdict says what happened,
// leaves no verdict, and leaves the page usable: the next run works.
func (s *browserSuite) testPlayEnds(t *testing.T) {
	tb := s.tab(t)
	fig := `figure[data-id="` + playProgram + `"]`
	verdict := runArea(playProgram) + `.querySelector(".run-verdict").textContent`
	for _, c := range []struct {
		marker, state, says string
		stop                bool
	}{
		{"FAKE:loop", "stopped", "stopped", true},
		{"FAKE:loop", "timeout", "timed out after 10s (real time): the program was stopped", false},
		{"FAKE:flood", "capped", "output capped at 1 MiB", false},
		{"FAKE:fail", "error", "the runner failed: fake failure", false},
		{"FAKE:panic", "done", "", false},
	} {
		withSource(t, s, tb, c.marker)
		sel := fig + ` button[data-play="run"]`
		tb.do(t, chromedp.ScrollIntoView(chromedp.CSS(sel)), chromedp.Click(chromedp.CSS(sel)))
		if c.stop {
			tb.do(t, chromedp.WaitVisible(chromedp.CSS(fig+` button[data-play="stop"]`)))
			assert.False(t, eval[bool](t, tb, `document.querySelector('`+sel+`').offsetParent !== null`), "Run hides while running")
			time.Sleep(300 * time.Millisecond)
			assert.Equal(t, 2, eval[int](t, tb, `1 + 1`), "the page answers while the program loops")
			tb.do(t, chromedp.Click(chromedp.CSS(fig+` button[data-play="stop"]`)))
		}
		// The time limit is 10 s: wait longer.
		waitFor(t, tb, runArea(playProgram)+`.dataset.state !== undefined`, c.marker+" ends", 20*time.Second)
		assert.Equal(t, c.state, eval[string](t, tb, runArea(playProgram)+`.dataset.state`), c.marker)
		assert.Empty(t, eval[string](t, tb, ``+runArea(playProgram)+`.dataset.verdict || ""`), "%s: no verdict", c.marker)
		if c.says != "" {
			assert.Contains(t, eval[string](t, tb, verdict), c.says, c.marker)
		}
		switch c.marker {
		case "FAKE:flood":
			n := eval[int](t, tb, runArea(playProgram)+`.querySelector(".run-out").textContent.length`)
			assert.Equal(t, 1<<20, n, "the page shows 1 MiB, then stops")
		case "FAKE:panic":
			assert.True(t, strings.HasSuffix(eval[string](t, tb, runArea(playProgram)+`.querySelector(".run-out").textContent`), "goroutine 18 [running]:\nexit status 2\n"),
				"the exit status ends the output, as in a terminal")
			assert.Contains(t, eval[string](t, tb, runArea(playProgram)+`.querySelector(".run-status").textContent`), "exit status 2")
		}
		// The page is usable: Reset, and the book's program runs and matches.
		tb.do(t, chromedp.Click(chromedp.CSS(fig+` button[data-play="reset"]`)))
		assert.Equal(t, "done", clickRun(t, tb, playProgram), "after %s", c.marker)
		assert.Equal(t, "match", eval[string](t, tb, runArea(playProgram)+`.dataset.verdict`), "after %s", c.marker)
	}
	tb.do(t, chromedp.Evaluate[chromedp.Void](`localStorage.clear()`))
	tb.settle(t)
	assert.Empty(t, tb.problems())
}

// testPlayFile: a page opened from a file says that running needs a server
// and how to start one.
func (s *browserSuite) testPlayFile(t *testing.T) {
	tb := s.tab(t)
	abs, err := filepath.Abs(filepath.Join(s.out, playPage))
	require.NoError(t, err)
	tb.open(t, "file://"+abs)
	assert.Equal(t, "error", clickRun(t, tb, playProgram))
	says := eval[string](t, tb, runArea(playProgram)+`.textContent`)
	assert.Contains(t, says, "needs the book served over HTTP")
	assert.Contains(t, says, "make serve")
}

// testPlayLooks screenshots a program's cell as readers see it around a
// run, in light and dark, on a desktop and a phone: before, after a run,
// and with the editor open after an edited run (TestPlayEditBook runs it
// with the real runner).
func (s *browserSuite) testPlayLooks(t *testing.T) {
	tb := s.tab(t)
	fig := `figure[data-id="` + playProgram + `"]`
	for _, v := range []struct {
		name          string
		width, height int64
		scheme        string
	}{
		{"desktop-light", desktopWidth, desktopHeight, "light"},
		{"desktop-dark", desktopWidth, desktopHeight, "dark"},
		{"phone-light", phoneWidth, phoneHeight, "light"},
	} {
		emulateScheme(t, tb, v.scheme)
		opts := []chromedp.EmulateViewportOption{}
		if v.width == phoneWidth {
			opts = append(opts, chromedp.EmulateScale(2), chromedp.EmulateMobile)
		}
		tb.do(t, chromedp.EmulateViewport(v.width, v.height, opts...))
		tb.open(t, s.base+playPage)
		tb.do(t, chromedp.Evaluate[chromedp.Void](`localStorage.clear()`), chromedp.Reload(), chromedp.WaitReady(chromedp.CSS("body")))
		shot := func(what string) {
			t.Helper()
			tb.do(t, chromedp.Evaluate[chromedp.Void](`document.querySelector('`+fig+`').scrollIntoView({block: "start"}); scrollBy(0, -60)`))
			png, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
			require.NoError(t, err)
			artifact(t, "play-"+v.name+"-"+what+".png", png)
		}
		shot("before")
		clickRun(t, tb, playProgram)
		shot("run")
		tb.do(t, chromedp.Click(chromedp.CSS(fig+` button[data-play="edit"]`)), chromedp.WaitVisible(chromedp.CSS(fig+` .cm-editor`)))
		tb.do(t, chromedp.Evaluate[chromedp.Void](`(() => { const v = concbookPlay.editor('`+playProgram+`', 0).view; v.dispatch({changes: {from: v.state.doc.length - 3, insert: "\n\tfmt.Println(\"edited\")"}}); v.focus(); })()`))
		clickRun(t, tb, playProgram)
		shot("edited")
		tb.do(t, chromedp.Evaluate[chromedp.Void](`localStorage.clear()`))
	}
	// A test program after its run, on a phone, in both themes.
	for _, scheme := range []string{"light", "dark"} {
		emulateScheme(t, tb, scheme)
		tb.do(t, chromedp.EmulateViewport(phoneWidth, phoneHeight, chromedp.EmulateScale(2), chromedp.EmulateMobile))
		tb.open(t, s.base+"testing.html")
		const id = "testing/counter"
		assert.Equal(t, "done", clickRun(t, tb, id))
		assert.Equal(t, "match", eval[string](t, tb, runArea(id)+`.dataset.verdict`))
		sel := chromedp.CSS(`figure[data-id="` + id + `"]`)
		tb.do(t, chromedp.ScrollIntoView(sel))
		ctx, cancel := tb.step()
		png, err := chromedp.Run(ctx, chromedp.Screenshot(sel))
		cancel()
		require.NoError(t, err)
		artifact(t, "play-test-program-phone-"+scheme+".png", png)
	}
	// A program the page cannot run, in both themes.
	tb.do(t, chromedp.EmulateViewport(desktopWidth, desktopHeight))
	for _, scheme := range []string{"light", "dark"} {
		emulateScheme(t, tb, scheme)
		tb.open(t, s.base+"multiprocessing.html")
		sel := chromedp.CSS(`figure:has(.run-off)`)
		tb.do(t, chromedp.ScrollIntoView(sel))
		ctx, cancel := tb.step()
		png, err := chromedp.Run(ctx, chromedp.Screenshot(sel))
		cancel()
		require.NoError(t, err)
		artifact(t, "play-not-runnable-"+scheme+".png", png)
	}
	tb.settle(t)
	assert.Empty(t, tb.problems())
}
