package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/concbook/concurrency/site/build"
)

// timelinePage is the page whose timelines the test opens: the chapter on
// synchronization, with its semaphores and deadlocks.
const timelinePage = "synchronization.html"

// TestBrowserTimelines builds the book with its goroutine timelines (which
// runs every virtual-clock program twice, or reads them from the cache) and
// opens the timelines of a chapter in Chromium: collapsed at first, open on
// a click, coloured by the theme, inside the page's width on a phone. It
// saves screenshots in light, dark and phone layouts.
func TestBrowserTimelines(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the book's programs")
	}
	if _, err := os.Stat(chromiumPath); err != nil {
		t.Skipf("the browser tests need Debian's chromium at %s (apt-get install chromium); CI installs it", chromiumPath)
	}
	out := t.TempDir()
	res, err := build.Build(build.Config{Root: bookRoot, Out: out, Timelines: true})
	require.NoError(t, err)
	require.Empty(t, res.Errors)
	assertSiteSound(t, out)

	s := startBrowser(t)
	srv := httptest.NewServer(http.FileServer(http.Dir(out)))
	t.Cleanup(srv.Close)
	page := srv.URL + "/" + timelinePage

	tb := s.tab(t)
	emulateScheme(t, tb, "light")
	tb.do(t, chromedp.EmulateViewport(desktopWidth, desktopHeight))
	tb.open(t, page)

	// Every virtual-clock program has a timeline or says why not; every
	// real-clock one says why not.
	missing := eval[int](t, tb, `[...document.querySelectorAll("figure.cell.program")].filter(f => f.querySelector(".output") && !f.querySelector(".timeline-box, .timeline-none")).length`)
	assert.Zero(t, missing, "programs with neither a timeline nor a reason")
	boxes := eval[int](t, tb, `document.querySelectorAll("details.timeline-box").length`)
	require.Positive(t, boxes, "no timeline on %s", timelinePage)
	assert.Equal(t, boxes, eval[int](t, tb, `document.querySelectorAll("details.timeline-box > .timeline-scroll > svg.timeline").length`), "a timeline box without its inline SVG")
	assert.Zero(t, eval[int](t, tb, `document.querySelectorAll("details.timeline-box[open]").length`), "timelines start collapsed")
	assert.False(t, eval[bool](t, tb, `document.querySelector("svg.timeline").checkVisibility()`), "a collapsed timeline shows nothing")

	// Open the deadlock's timeline by clicking its summary, as a reader does.
	const target = `#program-deadlock-abba details.timeline-box`
	tb.do(t, chromedp.ScrollIntoView(chromedp.CSS(target+" > summary")), chromedp.Click(chromedp.CSS(target+" > summary")))
	waitTrue(t, tb, `document.querySelector("`+target+`").open`, "the timeline opens on a click")
	assert.True(t, eval[bool](t, tb, `document.querySelector("`+target+` svg").checkVisibility()`), "an open timeline shows")
	height := eval[float64](t, tb, `document.querySelector("`+target+` svg").getBoundingClientRect().height`)
	assert.Greater(t, height, 40.0, "an open timeline has lanes")
	tb.do(t, chromedp.Evaluate[chromedp.Void](`document.querySelector("`+target+`").scrollIntoView({block: "center"})`))
	shot(t, tb, "timeline-desktop-light.png")
	textFill := `getComputedStyle(document.querySelector("` + target + ` svg > g:not(.tl-note) > text")).fill`
	assert.Equal(t, "rgb(31, 35, 40)", eval[string](t, tb, textFill), "light: the page's text colour")

	// Dark: the same picture in the page's dark colours.
	tb.do(t, chromedp.Evaluate[chromedp.Void](`document.documentElement.dataset.theme = "dark"`))
	assert.Equal(t, "rgb(230, 237, 243)", eval[string](t, tb, textFill), "dark: the page's text colour")
	assert.NotEqual(t, "rgb(26, 127, 55)", eval[string](t, tb, `getComputedStyle(document.querySelector("`+target+` svg .tl-run")).fill`), "dark: the lanes' dark colours")
	shot(t, tb, "timeline-desktop-dark.png")
	tb.do(t, chromedp.Evaluate[chromedp.Void](`delete document.documentElement.dataset.theme; localStorage.clear()`))

	// Phone: every timeline open, and still nothing wider than the screen
	// but the timelines' own scroll boxes.
	tb.do(t, chromedp.EmulateViewport(phoneWidth, phoneHeight, chromedp.EmulateScale(2), chromedp.EmulateMobile))
	tb.open(t, page)
	tb.do(t, chromedp.Evaluate[chromedp.Void](`document.querySelectorAll("details.timeline-box").forEach(d => d.open = true)`))
	assert.LessOrEqual(t, eval[int](t, tb, `document.documentElement.scrollWidth - document.documentElement.clientWidth`), 0, "the page scrolls sideways on a phone")
	assert.True(t, eval[bool](t, tb, `[...document.querySelectorAll(".timeline-scroll")].every(d => d.clientWidth <= document.documentElement.clientWidth)`), "a timeline box wider than the screen")
	tb.do(t, chromedp.Evaluate[chromedp.Void](`document.querySelector("`+target+`").scrollIntoView({block: "center"})`))
	shot(t, tb, "timeline-phone.png")
	tb.settle(t)
	assert.Empty(t, tb.problems(), "console errors (a CSP violation shows there)")
}

func shot(t *testing.T, tb *tab, name string) {
	t.Helper()
	png, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
	require.NoError(t, err, fmt.Sprintf("screenshot %s", name))
	artifact(t, name, png)
}
