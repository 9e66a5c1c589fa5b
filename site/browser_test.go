package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/concbook/concurrency/site/check"
	"github.com/concbook/concurrency/site/serve"
)

// The browser tests drive Debian's chromium: the site as readers get it.
const chromiumPath = "/usr/bin/chromium"

// Window sizes: a phone's (an iPhone 14's CSS pixels) and a desktop's.
const (
	phoneWidth, phoneHeight     = 390, 844
	desktopWidth, desktopHeight = 1280, 900
)

// browserSuite is a browser and the built book, served over HTTP on the
// loopback.
type browserSuite struct {
	ctx   context.Context // the browser's
	base  string          // the site's URL, with a trailing slash
	out   string          // the built site
	pages []string        // its pages
}

func TestBrowser(t *testing.T) {
	if _, err := os.Stat(chromiumPath); err != nil {
		t.Skipf("the browser tests need Debian's chromium at %s (apt-get install chromium); CI installs it", chromiumPath)
	}
	s := startBrowser(t)
	t.Run("csp-probe", s.testCSPProbe)
	t.Run("pages", s.testPages)
	t.Run("search", s.testSearch)
	t.Run("search-from-file", s.testSearchFromFile)
	t.Run("search-narrow", s.testSearchNarrow)
	t.Run("dark-mode", s.testDarkMode)
	t.Run("phone", s.testPhone)
	t.Run("desktop", s.testDesktop)
	t.Run("cells", s.testCells)
	t.Run("keys", s.testKeys)
	t.Run("seed-anchor", s.testSeedAnchor)
	t.Run("copy", s.testCopy)
	t.Run("print", s.testPrint)
}

func startBrowser(t *testing.T) *browserSuite {
	out, res := buildSite(t, bookRoot)
	for _, e := range res.Errors {
		t.Logf("the book has a problem (TestBookSite fails on it): %v", e)
	}
	// A page that breaks the policy on purpose, to prove that the tests see
	// a violation when there is one.
	probe := `<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><title>probe</title><script>document.title = "ran"</script>`
	require.NoError(t, os.WriteFile(filepath.Join(out, "csp-probe.html"), []byte(probe), 0o644))
	s := launchBrowser(t, out)
	for _, f := range res.Files {
		if strings.HasSuffix(f, ".html") {
			s.pages = append(s.pages, f)
		}
	}
	return s
}

// launchBrowser serves the site in out over HTTP on the loopback and starts
// a headless chromium.
func launchBrowser(t testing.TB, out string) *browserSuite {
	srv := httptest.NewServer(serve.Static(out))
	t.Cleanup(srv.Close)

	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	t.Cleanup(cancel)
	alloc, cancelAlloc := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(chromiumPath),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.NoFirstRun,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(desktopWidth, desktopHeight),
	)
	t.Cleanup(cancelAlloc)
	bctx, cancelBrowser := chromedp.NewContext(alloc)
	t.Cleanup(cancelBrowser)
	require.NoError(t, chromedp.Do(bctx), "start %s", chromiumPath)

	return &browserSuite{ctx: bctx, base: srv.URL + "/", out: out}
}

// tab is a new tab of the browser, with what its pages write to the console.
type tab struct {
	ctx     context.Context
	mu      sync.Mutex
	console []chromedp.ConsoleMessage
}

func (s *browserSuite) tab(t *testing.T) *tab {
	t.Helper()
	ctx, cancel := chromedp.NewContext(s.ctx)
	t.Cleanup(cancel)
	tb := &tab{ctx: ctx}
	messages := chromedp.Console(ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			tb.mu.Lock()
			tb.console = append(tb.console, m)
			tb.mu.Unlock()
		}
	}()
	_, err := chromedp.Call(ctx, cdplog.Enable, struct{}{})
	require.NoError(t, err)
	return tb
}

// settle writes a marker to the console and waits until the tab's console
// has it, so that every message before it has arrived.
func (tb *tab) settle(t *testing.T) {
	t.Helper()
	marker := fmt.Sprintf("settled-%d", time.Now().UnixNano())
	tb.do(t, chromedp.Evaluate[chromedp.Void](`console.debug("`+marker+`")`))
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		tb.mu.Lock()
		found := slices.ContainsFunc(tb.console, func(m chromedp.ConsoleMessage) bool { return m.Text == marker })
		tb.mu.Unlock()
		if found {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("the console never showed %s", marker)
}

// problems are the errors, exceptions and warnings the console has had
// since the last call.
func (tb *tab) problems() []string {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	var out []string
	for _, m := range tb.console {
		switch m.Type {
		case chromedp.ConsoleError, chromedp.ConsoleException, chromedp.ConsoleWarning:
			out = append(out, fmt.Sprintf("%s: %s (%s:%d)", m.Type, m.Text, m.URL, m.Line+1))
		}
	}
	tb.console = nil
	return out
}

// stepTimeout bounds one step, so that a page that never shows what a step
// waits for fails the test rather than hangs it.
const stepTimeout = 20 * time.Second

// step is the tab's context for one step.
func (tb *tab) step() (context.Context, context.CancelFunc) {
	return context.WithTimeout(tb.ctx, stepTimeout)
}

func (tb *tab) do(t *testing.T, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := tb.step()
	defer cancel()
	require.NoError(t, chromedp.Do(ctx, actions...))
}

func eval[T any](t *testing.T, tb *tab, js string) T {
	t.Helper()
	ctx, cancel := tb.step()
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	require.NoError(t, err, "evaluate %s", js)
	return v
}

// open loads a page and waits for it and its scripts.
func (tb *tab) open(t *testing.T, url string) {
	t.Helper()
	tb.do(t, chromedp.Navigate(url), chromedp.WaitReady(chromedp.CSS("body")))
}

// artifact saves a screenshot where CI keeps test artifacts: $ARTIFACTS, or
// testdata/artifacts (ignored by git).
func artifact(t *testing.T, name string, png []byte) {
	t.Helper()
	dir := os.Getenv("ARTIFACTS")
	if dir == "" {
		dir = filepath.Join("testdata", "artifacts")
	}
	require.NoError(t, os.MkdirAll(dir, 0o755))
	path := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(path, png, 0o644))
	t.Logf("screenshot: %s", path)
}

func (s *browserSuite) testCSPProbe(t *testing.T) {
	tb := s.tab(t)
	tb.open(t, s.base+"csp-probe.html")
	tb.settle(t)
	assert.Equal(t, "probe", eval[string](t, tb, "document.title"), "the inline script must not run")
	problems := strings.Join(tb.problems(), "\n")
	assert.Contains(t, problems, "Content Security Policy", "a violation must show in the console, else the page test proves nothing")
}

// testPages loads every page: no console errors, no policy violations, and
// nothing loaded from another origin.
func (s *browserSuite) testPages(t *testing.T) {
	tb := s.tab(t)
	for _, p := range s.pages {
		tb.open(t, s.base+p)
		tb.settle(t)
		assert.Empty(t, tb.problems(), "console of %s", p)
		foreign := eval[[]string](t, tb, `performance.getEntriesByType("resource").map(e => e.name).filter(n => !n.startsWith(location.origin))`)
		assert.Empty(t, foreign, "%s loads from elsewhere", p)
		assert.True(t, eval[bool](t, tb, `document.documentElement.classList.contains("js")`), "%s: theme.js ran", p)
	}
}

// searchTerm picks a word of a section's title from the built index, and
// the section's address: the search must find that section.
func (s *browserSuite) searchTerm(t *testing.T) (term, url string) {
	word := regexp.MustCompile(`[A-Za-z]{7,}`)
	seen := map[string]bool{} // pages whose first section, the chapter's top, went by
	for _, sec := range readIndex(t, s.out).Sections {
		page, _, _ := strings.Cut(sec.URL, "#")
		if first := !seen[page]; first || page == "planned.html" {
			seen[page] = true
			continue
		}
		if w := word.FindString(sec.Title); w != "" && strings.Contains(sec.URL, "#") {
			return strings.ToLower(w), sec.URL
		}
	}
	t.Fatal("no section title has a word to search for")
	return "", ""
}

func (s *browserSuite) testSearch(t *testing.T) {
	term, want := s.searchTerm(t)
	tb := s.tab(t)
	tb.open(t, s.base+"index.html")
	tb.do(t, chromedp.KeyEvent("/"))
	assert.Equal(t, "search", eval[string](t, tb, "document.activeElement.id"), "/ focuses the search box")
	// The protocol types the key's character after the page handled the key
	// (a browser does not), so the box may hold the "/": start it empty.
	tb.do(t, chromedp.Evaluate[chromedp.Void](`document.getElementById("search").value = ""`), chromedp.SendKeys(chromedp.ID("search"), term))
	ctx, cancel := tb.step()
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS(`#search-results a.search-hit[href="`+want+`"]`))); err != nil {
		t.Fatalf("searching %q shows no hit for %s: %v; the results: %s", term, want, err,
			eval[string](t, tb, `document.getElementById("search-results").innerText`))
	}
	png, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
	require.NoError(t, err)
	artifact(t, "search.png", png)
	hits := eval[[]string](t, tb, `[...document.querySelectorAll("#search-results a.search-hit")].map(a => a.getAttribute("href"))`)
	t.Logf("search %q: %d hits, following %s", term, len(hits), want)
	tb.do(t,
		chromedp.Click(chromedp.CSS(`#search-results a.search-hit[href="`+want+`"]`)),
		chromedp.WaitReady(chromedp.CSS("body")),
	)
	waitLocation(t, tb, s.base+want)
	// The location changes when the new page commits, before it is parsed:
	// the browser scrolls to the section once the page has loaded.
	tb.loaded(t)
	id := want[strings.Index(want, "#")+1:]
	inView := eval[bool](t, tb, `(() => { const r = document.getElementById(`+jsString(id)+`).getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; })()`)
	assert.True(t, inView, "the section %s is in view", id)
	tb.settle(t)
	assert.Empty(t, tb.problems())
}

// testSearchFromFile: the site opened from the disk, as file:// pages, with
// the same policy: its scripts run and search finds a section (fetch is
// refused there; the index is a script).
func (s *browserSuite) testSearchFromFile(t *testing.T) {
	term, want := s.searchTerm(t)
	base := "file://" + filepath.ToSlash(s.out) + "/"
	tb := s.tab(t)
	tb.open(t, base+"index.html")
	tb.loaded(t)
	assert.True(t, eval[bool](t, tb, `document.documentElement.classList.contains("js")`), "theme.js runs from file://")
	tb.do(t, chromedp.Focus(chromedp.ID("search")), chromedp.SendKeys(chromedp.ID("search"), term))
	ctx, cancel := tb.step()
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS(`#search-results a.search-hit[href="`+want+`"]`))); err != nil {
		t.Fatalf("from file://, searching %q shows no hit for %s: %v; the results: %s", term, want, err,
			eval[string](t, tb, `document.getElementById("search-results").innerText`))
	}
	tb.do(t, chromedp.Click(chromedp.CSS(`#search-results a.search-hit[href="`+want+`"]`)))
	waitLocation(t, tb, base+want)
	tb.loaded(t)
	tb.settle(t)
	assert.Empty(t, tb.problems())
}

// testSearchNarrow: on narrow screens, phones to small tablets, the results
// are all on the screen (they used to start 30 px left of it).
func (s *browserSuite) testSearchNarrow(t *testing.T) {
	term, want := s.searchTerm(t)
	tb := s.tab(t)
	emulateScheme(t, tb, "light")
	for _, width := range []int64{320, phoneWidth, 600} {
		tb.do(t, chromedp.EmulateViewport(width, phoneHeight, chromedp.EmulateScale(2), chromedp.EmulateMobile))
		tb.open(t, s.base+s.chapterPage())
		tb.loaded(t)
		tb.do(t, chromedp.Focus(chromedp.ID("search")), chromedp.SendKeys(chromedp.ID("search"), term))
		tb.do(t, chromedp.WaitVisible(chromedp.CSS(`#search-results a.search-hit[href="`+want+`"]`)))
		box := eval[[]float64](t, tb, `(() => { const r = document.getElementById("search-results").getBoundingClientRect(); return [r.left, r.right, document.documentElement.clientWidth]; })()`)
		assert.GreaterOrEqual(t, box[0], 0.0, "at %d px the results start %.0f px left of the screen", width, -box[0])
		assert.LessOrEqual(t, box[1], box[2], "at %d px the results end %.0f px right of the screen", width, box[1]-box[2])
		if width == phoneWidth {
			png, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
			require.NoError(t, err)
			artifact(t, "search-phone.png", png)
		}
	}
	tb.settle(t)
	assert.Empty(t, tb.problems())
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// chapterPage is the page the screenshots show: the introduction, whose
// cells have every kind of output.
func (s *browserSuite) chapterPage() string {
	for _, p := range []string{"concurrency.html"} {
		if slices.Contains(s.pages, p) {
			return p
		}
	}
	for _, p := range s.pages {
		if p != "index.html" && p != "planned.html" {
			return p
		}
	}
	return "index.html"
}

func emulateScheme(t *testing.T, tb *tab, scheme string) {
	t.Helper()
	_, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
	})
	require.NoError(t, err)
}

func (s *browserSuite) testDarkMode(t *testing.T) {
	const light, dark = "rgb(255, 255, 255)", "rgb(13, 17, 23)"
	background := `getComputedStyle(document.body).backgroundColor`
	tb := s.tab(t)
	page := s.base + s.chapterPage()

	emulateScheme(t, tb, "light")
	tb.open(t, page)
	tb.do(t, chromedp.Evaluate[chromedp.Void](`localStorage.clear()`), chromedp.Reload(), chromedp.WaitReady(chromedp.CSS("body")))
	assert.Equal(t, light, eval[string](t, tb, background), "a light system: light")

	tb.do(t, chromedp.Click(chromedp.ID("theme-toggle")))
	assert.Equal(t, "dark", eval[string](t, tb, `document.documentElement.dataset.theme`))
	assert.Equal(t, dark, eval[string](t, tb, background), "toggled: dark")
	assert.Equal(t, "dark", eval[string](t, tb, `localStorage.getItem("theme")`))

	tb.do(t, chromedp.Reload(), chromedp.WaitReady(chromedp.CSS("body")))
	assert.Equal(t, dark, eval[string](t, tb, background), "the choice is remembered")
	tb.do(t, chromedp.Evaluate[chromedp.Void](`document.querySelector(".cell .output") && document.querySelector(".cell .output").scrollIntoView({block: "center"})`))
	png, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
	require.NoError(t, err)
	artifact(t, "chapter-desktop-dark.png", png)

	tb.do(t, chromedp.Click(chromedp.ID("theme-toggle")))
	assert.Equal(t, light, eval[string](t, tb, background), "toggled back: light")

	emulateScheme(t, tb, "dark")
	tb.do(t, chromedp.Evaluate[chromedp.Void](`localStorage.clear()`), chromedp.Reload(), chromedp.WaitReady(chromedp.CSS("body")))
	assert.Equal(t, dark, eval[string](t, tb, background), "no choice and a dark system: dark")
	tb.do(t, chromedp.Click(chromedp.ID("theme-toggle")))
	assert.Equal(t, light, eval[string](t, tb, background), "a dark system, toggled: light")
	tb.do(t, chromedp.Evaluate[chromedp.Void](`localStorage.clear()`))
	tb.settle(t)
	assert.Empty(t, tb.problems())
}

func (s *browserSuite) testPhone(t *testing.T) {
	tb := s.tab(t)
	emulateScheme(t, tb, "light")
	tb.do(t, chromedp.EmulateViewport(phoneWidth, phoneHeight, chromedp.EmulateScale(2), chromedp.EmulateMobile))
	overflow := `document.documentElement.scrollWidth - document.documentElement.clientWidth`
	for _, p := range s.pages {
		tb.open(t, s.base+p)
		assert.LessOrEqual(t, eval[int](t, tb, overflow), 0, "%s scrolls sideways on a phone", p)
	}
	page := s.chapterPage()
	tb.open(t, s.base+page+"#any-order")
	assert.False(t, eval[bool](t, tb, `getComputedStyle(document.querySelector(".onpage")).display !== "none"`), "no on-page column on a phone")
	png, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
	require.NoError(t, err)
	artifact(t, "chapter-phone.png", png)

	tb.do(t, chromedp.Click(chromedp.CSS(".menu-toggle")))
	assert.Equal(t, "true", eval[string](t, tb, `document.querySelector(".menu-toggle").getAttribute("aria-expanded")`))
	tb.do(t, chromedp.WaitVisible(chromedp.CSS("#sidebar .toc")))
	waitTrue(t, tb, `document.getElementById("sidebar").getBoundingClientRect().left >= 0`, "the contents slide in")
	png, err = chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
	require.NoError(t, err)
	artifact(t, "chapter-phone-contents.png", png)
	tb.settle(t)
	assert.Empty(t, tb.problems())
}

func (s *browserSuite) testDesktop(t *testing.T) {
	tb := s.tab(t)
	emulateScheme(t, tb, "light")
	tb.do(t, chromedp.EmulateViewport(desktopWidth, desktopHeight))
	page := s.chapterPage()
	tb.open(t, s.base+page)
	for _, sel := range []string{".sidebar", ".onpage", ".pager"} {
		assert.True(t, eval[bool](t, tb, `getComputedStyle(document.querySelector("`+sel+`")).display !== "none"`), "%s shows on a desktop", sel)
	}
	assert.LessOrEqual(t, eval[int](t, tb, `document.documentElement.scrollWidth - document.documentElement.clientWidth`), 0)
	png, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
	require.NoError(t, err)
	artifact(t, "chapter-desktop.png", png)

	tb.open(t, s.base+page+"#any-order")
	png, err = chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
	require.NoError(t, err)
	artifact(t, "chapter-desktop-cells.png", png)

	tb.open(t, s.base+page)
	tb.do(t, chromedp.Evaluate[chromedp.Void](`document.querySelector(".edit-page").scrollIntoView({block: "center"})`))
	png, err = chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
	require.NoError(t, err)
	artifact(t, "chapter-desktop-foot.png", png)

	tb.open(t, s.base+"index.html")
	png, err = chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
	require.NoError(t, err)
	artifact(t, "index-desktop.png", png)

	// The print stylesheet: no navigation, the text and the cells.
	_, err = chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
	require.NoError(t, err)
	tb.open(t, s.base+page+"#any-order")
	for _, sel := range []string{".topbar", ".sidebar", ".onpage", ".pager"} {
		assert.Equal(t, "none", eval[string](t, tb, `getComputedStyle(document.querySelector("`+sel+`")).display`), "%s in print", sel)
	}
	png, err = chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
	require.NoError(t, err)
	artifact(t, "chapter-print.png", png)
	_, err = chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{})
	require.NoError(t, err)
	tb.settle(t)
	assert.Empty(t, tb.problems())
}

// cellKinds are the kinds of output a cell shows, by a class its markup
// has: each gets a screenshot of the first cell that shows it.
var cellKinds = []struct{ name, class string }{
	{"any-order", `class="block any-order"`},
	{"streams", `class="block streams"`},
	{"placeholder", `class="ph"`},
	{"skip", `class="skip"`},
	{"exit-status", `class="ln status"`},
	{"no-transcript", `class="no-transcript"`},
	{"segments", `class="cell-part"`},
}

// testCells screenshots a cell of each kind of output, in both themes:
// what readers see of the transcripts.
func (s *browserSuite) testCells(t *testing.T) {
	tb := s.tab(t)
	tb.do(t, chromedp.EmulateViewport(desktopWidth, desktopHeight))
	for _, scheme := range []string{"light", "dark"} {
		emulateScheme(t, tb, scheme)
		for _, k := range cellKinds {
			page := ""
			for _, p := range s.pages {
				data, err := os.ReadFile(filepath.Join(s.out, p))
				require.NoError(t, err)
				if strings.Contains(string(data), k.class) {
					page = p
					break
				}
			}
			if page == "" {
				t.Logf("no cell of the book shows %s yet", k.name)
				continue
			}
			tb.open(t, s.base+page)
			sel := chromedp.CSS(`figure:has([` + k.class + `])`)
			if k.name == "segments" {
				sel = chromedp.CSS(`figure:has(.cell-part)`)
			}
			tb.do(t, chromedp.ScrollIntoView(sel))
			ctx, cancel := tb.step()
			png, err := chromedp.Run(ctx, chromedp.Screenshot(sel))
			cancel()
			require.NoError(t, err, "screenshot the %s cell of %s", k.name, page)
			artifact(t, "cell-"+k.name+"-"+scheme+".png", png)
		}
	}
	tb.settle(t)
	assert.Empty(t, tb.problems())
}

// testKeys: the arrow keys follow the previous and next links.
func (s *browserSuite) testKeys(t *testing.T) {
	tb := s.tab(t)
	tb.open(t, s.base+"index.html")
	next := eval[string](t, tb, `document.querySelector('.pager a[rel="next"]').href`)
	tb.do(t, chromedp.KeyEvent(kb.ArrowRight), chromedp.WaitReady(chromedp.CSS("body")))
	waitLocation(t, tb, next)
	prev := eval[string](t, tb, `document.querySelector('.pager a[rel="prev"]').href`)
	tb.do(t, chromedp.KeyEvent(kb.ArrowLeft), chromedp.WaitReady(chromedp.CSS("body")))
	waitLocation(t, tb, prev)
}

// testSeedAnchor: a link made for the seed's one page (index.html#lock)
// finds the page that has the section.
func (s *browserSuite) testSeedAnchor(t *testing.T) {
	_, found, err := check.Anchors(s.out, seedAnchors(t))
	require.NoError(t, err)
	id := ""
	for _, a := range seedAnchors(t) {
		if p := found[a]; p != "" && p != "index.html" {
			id = a
			break
		}
	}
	require.NotEmpty(t, id, "no seed anchor on a chapter's page")
	tb := s.tab(t)
	tb.open(t, s.base+"index.html#"+id)
	waitLocation(t, tb, s.base+found[id]+"#"+id)
	tb.settle(t)
	assert.Empty(t, tb.problems())
}

// waitTrue waits for a JavaScript condition, such as the end of a
// transition.
func waitTrue(t *testing.T, tb *tab, js, what string) {
	t.Helper()
	waitFor(t, tb, js, what, 10*time.Second)
}

// waitFor waits up to d for a JavaScript condition.
func waitFor(t *testing.T, tb *tab, js, what string, d time.Duration) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !eval[bool](t, tb, js) {
		if time.Now().After(deadline) {
			t.Fatalf("%s: never true: %s", what, js)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// loaded waits until the tab's page has loaded and a frame has been drawn
// since: what a page does once it is loaded, such as scrolling to the
// address's section, is done. (A page's location changes when it commits,
// long before that on a loaded machine.)
func (tb *tab) loaded(t *testing.T) {
	t.Helper()
	tb.do(t, chromedp.Evaluate[chromedp.Void](`new Promise(done => {
		const drawn = () => requestAnimationFrame(() => requestAnimationFrame(() => done()));
		if (document.readyState === "complete") drawn();
		else addEventListener("load", drawn, {once: true});
	})`, chromedp.EvalAwaitPromise))
}

// waitLocation waits for the tab to show the page want (a directory's
// index.html is served as the directory).
func waitLocation(t *testing.T, tb *tab, want string) {
	t.Helper()
	want = strings.TrimSuffix(want, "index.html")
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if strings.TrimSuffix(eval[string](t, tb, "location.href"), "index.html") == want {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("the page is %s, want %s", eval[string](t, tb, "location.href"), want)
}

// testCopy: a copy button puts the cell's code on the clipboard.
func (s *browserSuite) testCopy(t *testing.T) {
	tb := s.tab(t)
	for _, name := range []string{"clipboard-read", "clipboard-write"} {
		_, err := chromedp.CallBrowser(tb.ctx, browser.SetPermission, browser.SetPermissionParams{
			Permission: &browser.PermissionDescriptor{Name: name},
			Setting:    browser.PermissionSettingGranted,
			Origin:     strings.TrimSuffix(s.base, "/"),
		})
		require.NoError(t, err)
	}
	tb.open(t, s.base+s.chapterPage())
	code := eval[string](t, tb, `document.querySelector("figure.program pre").textContent`)
	require.NotEmpty(t, code)
	tb.do(t, chromedp.Click(chromedp.CSS(`figure.program button.copy[data-copy="block"]`)))
	assert.Equal(t, code, eval[string](t, tb, `navigator.clipboard.readText()`))
	assert.Equal(t, "Copied", eval[string](t, tb, `document.querySelector('figure.program button.copy[data-copy="block"]').textContent`))
	tb.settle(t)
	assert.Empty(t, tb.problems())
}

// pdfPage is a page object of a PDF file (not the /Pages tree).
var pdfPage = regexp.MustCompile(`/Type\s*/Page\b[^s]`)

// printedPages prints the tab's page to PDF on A4, as a reader's browser
// does with its defaults, and returns how many pages it took.
func printedPages(t *testing.T, tb *tab, name string) int {
	t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, time.Minute)
	defer cancel()
	pdf, err := chromedp.Run(ctx, chromedp.PrintToPDF(chromedp.PDFPaper(chromedp.PaperA4)))
	require.NoError(t, err)
	artifact(t, name, pdf)
	return len(pdfPage.FindAllIndex(pdf, -1))
}

// lowContrast lists the texts of the page's cells, and their ::before
// labels, whose colour has less than 4.5:1 of contrast with white paper
// (backgrounds are not printed by default).
const lowContrast = `(() => {
  const channel = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  const ratio = colour => {
    const [r, g, b, a = 1] = colour.match(/[\d.]+/g).map(Number);
    const mix = v => v * a + 255 * (1 - a);
    const l = 0.2126 * channel(mix(r)) + 0.7152 * channel(mix(g)) + 0.0722 * channel(mix(b));
    return 1.05 / (l + 0.05);
  };
  const bad = [];
  const check = (el, style, what) => {
    const r = ratio(style.color);
    if (r < 4.5) bad.push(what + " (" + el.className + "): " + style.color + ", " + r.toFixed(2) + ":1");
  };
  for (const el of document.querySelectorAll(".cell, .cell *")) {
    if (!el.getClientRects().length) continue;
    const own = [...el.childNodes].find(n => n.nodeType === 3 && n.textContent.trim());
    if (own) check(el, getComputedStyle(el), JSON.stringify(own.textContent.trim().slice(0, 20)));
    const before = getComputedStyle(el, "::before");
    if (before.content && before.content !== "none" && before.content !== "normal") check(el, before, "::before " + before.content);
  }
  return [...new Set(bad)];
})()`

// testPrint prints: chapter 2 and the whole book to PDF (it says on how
// many pages), and every text of the cells readable on paper.
func (s *browserSuite) testPrint(t *testing.T) {
	tb := s.tab(t) // no emulated screen: printing lays the page out for the paper
	tb.open(t, s.base+"channels.html")
	tb.loaded(t)
	t.Logf("channels.html prints on %d A4 pages", printedPages(t, tb, "channels.pdf"))

	tb.open(t, s.base+"print.html")
	tb.loaded(t)
	png, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
	require.NoError(t, err)
	artifact(t, "print-page.png", png)
	chapters := eval[int](t, tb, `document.querySelectorAll("article.print-chapter").length`)
	t.Logf("print.html (%d chapters) prints on %d A4 pages", chapters, printedPages(t, tb, "print.pdf"))

	_, err = chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
	require.NoError(t, err)
	assert.Empty(t, eval[[]string](t, tb, lowContrast), "texts of the cells below 4.5:1 on paper")
	tb.do(t, chromedp.Evaluate[chromedp.Void](`document.querySelector(".any-order").scrollIntoView({block: "center"})`))
	png, err = chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
	require.NoError(t, err)
	artifact(t, "print-any-order.png", png)
	_, err = chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{})
	require.NoError(t, err)
	tb.settle(t)
	assert.Empty(t, tb.problems())
}
