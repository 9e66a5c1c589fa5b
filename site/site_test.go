package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/concbook/concurrency/internal/book"
	"github.com/concbook/concurrency/site/build"
	"github.com/concbook/concurrency/site/check"
	"github.com/concbook/concurrency/site/render"
	"github.com/concbook/concurrency/site/search"
)

// The book's root, seen from this package's directory, and the site's own
// fixture book.
const (
	bookRoot = ".."
	fixture  = "testdata/book"
)

// seedFile is the seed chapter where CI has it: ../shared/seed beside the
// clone, so ../../shared/seed from here.
var seedFile = filepath.Join("..", "..", "shared", "seed", "part-x-concurrency.md")

func buildSite(t testing.TB, root string) (string, *build.Result) {
	t.Helper()
	out := t.TempDir()
	res, err := build.Build(build.Config{Root: root, Out: out, SourceURL: build.DefaultSourceURL})
	require.NoError(t, err)
	return out, res
}

func TestFixtureSite(t *testing.T) {
	out, res := buildSite(t, fixture)
	assert.Empty(t, res.Errors)
	assert.Len(t, res.Warnings, 2, "the fixture links to one planned section, twice")
	assertSiteSound(t, out)
	assert.FileExists(t, filepath.Join(out, "planned.html"), "the fixture links to a section not written")
}

// TestBookSite builds the real chapters: whatever the chapters say, the
// site they make must hold together.
func TestBookSite(t *testing.T) {
	out, res := buildSite(t, bookRoot)
	for _, e := range res.Errors {
		t.Errorf("the book has a problem: %v", e)
	}
	for _, w := range res.Warnings {
		t.Logf("planned: %v", w)
	}
	assertSiteSound(t, out)
	if len(res.Warnings) == 0 {
		assert.NoFileExists(t, filepath.Join(out, "planned.html"), "no section is planned: no page for them")
	}
	assertPrintPage(t, out)
}

// assertPrintPage: the whole book's page has every chapter, in order, and
// every program's every block.
func assertPrintPage(t *testing.T, out string) {
	t.Helper()
	bk, err := book.Load(bookRoot, render.Extensions...)
	require.NoError(t, err)
	data, err := os.ReadFile(filepath.Join(out, "print.html"))
	require.NoError(t, err)
	html := string(data)
	at := -1
	for _, c := range bk.Chapters {
		i := strings.Index(html, `id="chapter-`+c.ID+`"`)
		assert.Greater(t, i, at, "print.html has chapter %s after the one before", c.ID)
		at = i
	}
	programs := 0
	for _, p := range bk.Programs() {
		assert.Equal(t, len(p.Segments), strings.Count(html, `data-id="`+p.ID()+`"`), "print.html has every block of %s", p.ID())
		programs++
	}
	t.Logf("print.html: %d chapters, %d programs, %d KB", len(bk.Chapters), programs, len(data)/1024)
}

// assertSiteSound checks a built site: links and anchors resolve, pages are
// self-contained and safe.
func assertSiteSound(t *testing.T, out string) {
	t.Helper()
	links, err := check.Links(out)
	require.NoError(t, err)
	for _, p := range links {
		t.Errorf("broken link: %v", p)
	}
	safety, err := check.Safety(out)
	require.NoError(t, err)
	for _, p := range safety {
		t.Errorf("unsafe page: %v", p)
	}
	for _, f := range []string{"index.html", "print.html", "search-index.js", "style.css", "site.js", "search.js", "theme.js", "favicon.svg"} {
		assert.FileExists(t, filepath.Join(out, f))
	}
	assert.NoFileExists(t, filepath.Join(out, "reload.js"), "live reload is the serve command's only")
	orphans, err := check.Unreachable(out, "index.html")
	require.NoError(t, err)
	assert.Empty(t, orphans, "pages that no link from index.html leads to")
}

// seedAnchors reads the list of the seed's anchors kept in testdata.
func seedAnchors(t *testing.T) []string {
	t.Helper()
	data, err := os.ReadFile("testdata/seed-anchors.txt")
	require.NoError(t, err)
	var ids []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" && !strings.HasPrefix(l, "#") {
			ids = append(ids, l)
		}
	}
	require.NotEmpty(t, ids)
	return ids
}

// TestSeedAnchorsCopy keeps the copy in testdata equal to the seed, where
// the seed is at hand.
func TestSeedAnchorsCopy(t *testing.T) {
	seed, err := os.ReadFile(seedFile)
	if os.IsNotExist(err) {
		t.Skipf("no seed at %s: checking against the copy in testdata only", seedFile)
	}
	require.NoError(t, err)
	var ids []string
	for _, m := range regexp.MustCompile(`<a id="([^"]+)"`).FindAllSubmatch(seed, -1) {
		ids = append(ids, string(m[1]))
	}
	assert.Equal(t, ids, seedAnchors(t), "testdata/seed-anchors.txt differs from the seed's anchors")
}

// TestSeedAnchorsResolve: every anchor of the seed is an element of a page
// of the site, a chapter's section or a planned one.
func TestSeedAnchorsResolve(t *testing.T) {
	out, _ := buildSite(t, bookRoot)
	missing, found, err := check.Anchors(out, seedAnchors(t))
	require.NoError(t, err)
	assert.Empty(t, missing, "seed anchors that no page of the site has")
	planned := 0
	for _, id := range seedAnchors(t) {
		if found[id] == "planned.html" {
			planned++
		}
	}
	t.Logf("%d seed anchors, %d of them on the page of planned sections", len(seedAnchors(t)), planned)
}

// readIndex reads a built site's search index.
func readIndex(t testing.TB, out string) *search.Index {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(out, search.ScriptName))
	require.NoError(t, err)
	ix, err := search.ParseScript(data)
	require.NoError(t, err)
	return ix
}

func TestSearchIndex(t *testing.T) {
	out, _ := buildSite(t, fixture)
	bySection := map[string]string{}
	for _, s := range readIndex(t, out).Sections {
		bySection[s.URL] = s.Title + " | " + s.Chapter + " | " + s.Text
	}
	assert.Contains(t, bySection["cells.html#streams"], "Streams | 1. Cells |")
	assert.Contains(t, bySection["cells.html#segments"], "Prose between the segments.")
	assert.Contains(t, bySection["cells.html#segments"], "time.Since(start)", "code is searchable too")
	assert.Contains(t, bySection["planned.html#not-written-yet"], "A section not written | Not yet written")
}

func TestRun(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		book   map[string]string // a book made for the test, if any
		status int
		stdout string
		stderr string
	}{
		{name: "fixture", args: []string{"-root", fixture}, status: 0, stdout: "site: ", stderr: "site: 2 links lead to sections not written yet (-v lists them)"},
		{name: "verbose", args: []string{"-root", fixture, "-v"}, status: 0, stderr: "chapters/02-links.md:5:18: link to #not-written-yet"},
		{name: "bad flag", args: []string{"-nope"}, status: 2, stderr: "flag provided but not defined"},
		{name: "argument", args: []string{"extra"}, status: 2, stderr: "unexpected arguments"},
		{name: "broken chapter", book: map[string]string{
			"chapters/01-bad.md":  "# Bad\n\n```go name=x speed=fast\npackage main\n```\n",
			"chapters/02-good.md": "# Good\n\n```go name=y\npackage main\n```\n",
			"expected/good/y.txt": "ok\n",
		}, status: 1, stderr: "chapters/01-bad.md:3:14: unknown fence attribute \"speed=fast\""},
		{name: "broken transcript", book: map[string]string{
			"chapters/01-good.md": "# Good\n\n```go name=y\npackage main\n```\n",
			"expected/good/y.txt": "ok\n-- end --\n",
		}, status: 1, stderr: "expected/good/y.txt:2:1: -- end -- without an open block"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"-out", t.TempDir(), "-play=false"}, tt.args...)
			if tt.book != nil {
				root := t.TempDir()
				for name, text := range tt.book {
					p := filepath.Join(root, filepath.FromSlash(name))
					require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
					require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
				}
				args = append(args, "-root", root)
			}
			var stdout, stderr bytes.Buffer
			status := run(args, &stdout, &stderr)
			assert.Equal(t, tt.status, status, "stderr: %s", stderr.String())
			assert.Contains(t, stdout.String(), tt.stdout)
			assert.Contains(t, stderr.String(), tt.stderr)
		})
	}
}

// TestModelWithoutGFM: the runner loads the book without the site's
// Markdown extensions (render.Extensions: tables, strikethrough, task
// lists, links), the site with them; the model they share must be the
// same either way: chapters, sections, programs, their blocks and fences.
func TestModelWithoutGFM(t *testing.T) {
	type block struct {
		Program          string
		FenceLine, Index int
	}
	type summary struct {
		Chapters, Sections, Programs []string
		Blocks                       []block
	}
	sum := func(bk *book.Book) summary {
		var s summary
		for _, c := range bk.Chapters {
			s.Chapters = append(s.Chapters, c.ID+" "+c.Title)
			for _, sec := range c.Sections {
				s.Sections = append(s.Sections, fmt.Sprintf("%s %s %d %d", sec.ID, sec.Title, sec.Level, sec.Line))
			}
			for _, b := range c.Blocks {
				name := ""
				if b.Program != nil {
					name = b.Program.ID()
				}
				s.Blocks = append(s.Blocks, block{name, b.FenceLine, b.Index})
			}
		}
		for _, p := range bk.Programs() {
			s.Programs = append(s.Programs, fmt.Sprintf("%s %s %s %v %d %q %v %v %q", p.ID(), p.Section.ID, p.Clock, p.Timeout, p.Exit, p.Engine, p.Test, p.Exercise, p.Code()))
		}
		return s
	}
	with, err := book.Load(bookRoot, render.Extensions...)
	require.NoError(t, err)
	without, err := book.Load(bookRoot)
	require.NoError(t, err)
	require.NotEmpty(t, sum(with).Programs)
	assert.Equal(t, sum(with), sum(without))
}
