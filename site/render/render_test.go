package render

import (
	"errors"
	"html/template"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/concbook/concurrency/internal/golden"

	"github.com/concbook/concurrency/internal/book"
	"github.com/concbook/concurrency/internal/transcript"
)

// fixture is the site's own small book, which does not change when the
// real chapters do.
const fixture = "../testdata/book"

func loadFixture(t *testing.T) Input {
	t.Helper()
	bk, err := book.Load(fixture, Extensions...)
	require.NoError(t, err)
	ts := map[*book.Program]*transcript.Transcript{}
	for _, p := range bk.Programs() {
		data, err := os.ReadFile(filepath.Join(fixture, p.TranscriptPath()))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		require.NoError(t, err)
		tr, err := transcript.Parse(p.TranscriptPath(), data)
		require.NoError(t, err)
		ts[p] = tr
	}
	return Input{Book: bk, Transcripts: ts, Title: "Fixture"}
}

func renderFixture(t *testing.T) *Site {
	t.Helper()
	site, err := Render(loadFixture(t))
	require.NoError(t, err)
	return site
}

func page(t *testing.T, site *Site, path string) string {
	t.Helper()
	for _, p := range site.Pages {
		if p.Path == path {
			return string(p.HTML)
		}
	}
	t.Fatalf("no page %s", path)
	return ""
}

var figurePattern = regexp.MustCompile(`(?s)<figure class="cell ([a-z]+)[a-z ]*"(?:[^>]*? data-program="([^"]*)")?[^>]*>.*?</figure>`)

// cells splits a page into its cells: a program's segments together (by
// name), the others by kind in order (fragment-1, other-1, other-2).
func cells(html string) map[string]string {
	out := map[string]string{}
	count := map[string]int{}
	for _, m := range figurePattern.FindAllStringSubmatch(html, -1) {
		key := m[2]
		if m[1] != "program" {
			count[m[1]]++
			key = m[1] + "-" + string(rune('0'+count[m[1]]))
		}
		out[key] += m[0] + "\n"
	}
	return out
}

// contains is assert.Contains without printing a whole page.
func contains(t *testing.T, s, sub string) {
	t.Helper()
	if !strings.Contains(s, sub) {
		t.Errorf("the page has no %q", sub)
	}
}

func TestCells(t *testing.T) {
	all := cells(page(t, renderFixture(t), "cells.html"))
	tests := []struct {
		cell string
		want []string // fragments the cell must have, beside its golden file
		not  []string
	}{
		{"hello", []string{`<figure class="cell program short" id="program-hello"`, `<div class="ln">hello, world</div>`, `virtual clock: sleeps take no time`}, []string{"exit-badge"}},
		{"any-order", []string{`<div class="block any-order">`, `>any order</div>`, `<div class="ln">done</div>`}, nil},
		{"streams", []string{`<div class="block streams">`, `<span class="tag s0">b</span> <span class="tag s1">a</span>`, `<div class="ln s1" data-stream="a">a: step 1</div>`}, []string{`short`}}, // more than 15 lines: split where a page ends
		{"deadlock", []string{`<span class="exit-badge"`, `<div class="skip"`, `<div class="ln status">exit status 2</div>`, `<div class="ln"></div>`}, nil},
		{"literate", []string{`part 1 of 2`, `part 2 of 2`, `data-copy="program"`, `real clock: timings vary`, `title="varies between runs: duration">1.2µs</span>`}, nil},
		{"placeholders", []string{`title="varies between runs: pid">4242</span>`, `title="varies between runs: int">2</span>`, `title="varies between runs: text matching /[a-z]+/">word</span>`, `<span class="ph nosample" title="varies between runs: any text">&lt;any&gt;</span>`}, nil},
		{"escaping", []string{`&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;`}, []string{`<script>`, `<b>`}},
		{"untold", []string{`<p class="no-transcript">`, `expected/cells/untold.txt`}, []string{`class="terminal"`}},
		{"fragment-1", []string{`<span class="cell-kind">fragment</span>`, `&lt;not run&gt;`}, []string{`class="output"`}},
		{"other-1", []string{`<span class="cell-kind">python</span>`, `<pre class="chroma">`}, []string{`class="output"`}},
		{"other-2", []string{`plain text`}, []string{`class="output"`}},
		{"sum", []string{`<figure class="cell program exercise short" id="program-sum" data-program="sum" data-id="cells/sum" data-part="0" data-exercise="sum" data-solution="sum-solution" data-transcript="expected/cells/sum-solution.txt">`, `<span class="cell-kind">Exercise</span>`}, []string{`class="output"`, `no-transcript`}},
		{"sum-solution", []string{`<span class="cell-kind">solution</span>`, `id="output-sum-solution"`, `<div class="ln">6</div>`}, nil},
		{"adds", []string{`<span class="cell-kind">test</span>`, `<div class="ln">--- PASS: TestAdds (0.00s)</div>`}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.cell, func(t *testing.T) {
			got, ok := all[tt.cell]
			require.True(t, ok, "no cell %s among %d", tt.cell, len(all))
			for _, w := range tt.want {
				assert.Contains(t, got, w)
			}
			for _, n := range tt.not {
				assert.NotContains(t, got, n)
			}
			golden.Assert(t, filepath.Join("cells", tt.cell+".html"), got)
		})
	}
	assert.Len(t, all, len(tests), "every cell of the fixture is tested")
}

// TestExercise renders an exercise whole: heading, task, starter, and the
// solution collapsed with its output.
func TestExercise(t *testing.T) {
	html := page(t, renderFixture(t), "cells.html")
	start := strings.Index(html, `<h3 id="exercise-sum">`)
	end := strings.Index(html, `</details>`)
	require.True(t, start >= 0 && end > start, "the exercise and its closed solution are on the page")
	got := html[start : end+len(`</details>`)]
	contains(t, got, `<p>Print the sum of the numbers from 1 to 3.</p>`)
	starter := strings.Index(got, `id="program-sum"`)
	details := strings.Index(got, `<details class="solution" id="solution-sum"><summary>Solution`)
	solution := strings.Index(got, `id="program-sum-solution"`)
	assert.True(t, 0 < starter && starter < details && details < solution, "task, starter, then the solution inside <details>")
	assert.NotContains(t, got, `<details class="solution" id="solution-sum" open`, "the solution starts collapsed")
	golden.Assert(t, filepath.Join("exercise", "sum.html"), got)
}

func TestSegmentsShowOutputOnce(t *testing.T) {
	html := page(t, renderFixture(t), "cells.html")
	first := strings.Index(html, `id="program-literate"`)
	second := strings.Index(html, `id="program-literate-2"`)
	output := strings.Index(html, `id="output-literate"`)
	require.True(t, first >= 0 && second > first, "both segments are on the page")
	assert.Greater(t, output, second, "the output comes after the last segment")
	assert.Equal(t, 1, strings.Count(html, `id="output-literate"`))
	assert.Contains(t, html[first:second], "Prose between the segments.")
}

func TestLinks(t *testing.T) {
	site := renderFixture(t)
	html := page(t, site, "links.html")
	for _, want := range []string{
		`<a href="cells.html#plain">plain output</a>`,
		`<a href="cells.html">the cells chapter</a>`,
		`<a href="cells.html#streams">streams in it</a>`,
		`<a href="#here">a section of this`,
		`<a href="planned.html#not-written-yet" class="planned" title="not written yet">a planned section</a>`,
		`<a href="https://go.dev/">elsewhere</a>`,
	} {
		contains(t, html, want)
	}
	var got []string
	for _, w := range site.Warnings {
		got = append(got, w.Error())
	}
	assert.Equal(t, []string{
		"chapters/00-fixture.md:8:7: link to #not-written-yet: no chapter has this section yet; it leads to the planned sections",
		"chapters/02-links.md:5:18: link to #not-written-yet: no chapter has this section yet; it leads to the planned sections",
	}, got)
	planned := page(t, site, PlannedPage)
	contains(t, planned, `<h2 id="not-written-yet">A section not written`)
	contains(t, planned, `Linked from <a href="fixture.html#fixture-top">Fixture book</a>`)
}

func TestHeadings(t *testing.T) {
	html := page(t, renderFixture(t), "cells.html")
	contains(t, html, `<h1 id="cells">Cells <a class="anchor" href="#cells" aria-label="Link to this section">#</a></h1>`)
	contains(t, html, `<h2 id="any-order">Any order <a class="anchor" href="#any-order"`)
}

func TestPages(t *testing.T) {
	site := renderFixture(t)
	var paths []string
	for _, p := range site.Pages {
		paths = append(paths, p.Path)
	}
	assert.Equal(t, []string{"index.html", "fixture.html", "cells.html", "links.html", PlannedPage, PrintPage}, paths)

	index := page(t, site, "index.html")
	contains(t, index, `<a class="contents-chapter" href="cells.html">1. Cells</a>`)
	contains(t, index, `<li class="level2"><a href="cells.html#any-order">Any order</a></li>`)
	contains(t, index, `<a href="planned.html#not-written-yet">A section not written</a>`)

	cells := page(t, site, "cells.html")
	contains(t, cells, `<meta http-equiv="Content-Security-Policy" content="`+template.HTMLEscapeString(CSP)+`">`)
	contains(t, cells, `<a class="prev" rel="prev" href="fixture.html">`)
	contains(t, cells, `<a class="next" rel="next" href="links.html">`)
	contains(t, cells, `<nav class="onpage" aria-label="On this page">`)
	assert.False(t, strings.Contains(cells, "reload.js"), "no live reload in a build")
	assert.False(t, strings.Contains(cells, "style="), "no inline style: the CSP forbids it")
	contains(t, cells, `<meta name="description" content="A literate program in two segments:">`) // the first paragraph
	assert.NotContains(t, cells, "Edit this page", "no source URL, no edit link")
	for _, p := range site.Pages {
		contains(t, string(p.HTML), `<a href="print.html"`)
		assert.Equal(t, 1, strings.Count(string(p.HTML), `<meta name="description"`), p.Path)
	}
}

func TestEditLink(t *testing.T) {
	in := loadFixture(t)
	in.SourceURL = "https://example.org/book/blob/main/"
	site, err := Render(in)
	require.NoError(t, err)
	contains(t, page(t, site, "cells.html"), `<p class="edit-page"><a href="https://example.org/book/blob/main/chapters/01-cells.md">Edit this page</a></p>`)
	assert.NotContains(t, page(t, site, "index.html"), "Edit this page")
}

// TestNoPlannedPage: a book whose links all lead to written sections has no
// page of planned sections, and nothing links to one.
func TestNoPlannedPage(t *testing.T) {
	root := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(root, "chapters"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(root, "chapters", "01-one.md"), []byte("# One <a id=\"one\"></a>\n\nSee [two](#two).\n\n## Two <a id=\"two\"></a>\n\nText.\n"), 0o644))
	bk, err := book.Load(root, Extensions...)
	require.NoError(t, err)
	site, err := Render(Input{Book: bk, Title: "T"})
	require.NoError(t, err)
	for _, p := range site.Pages {
		assert.NotEqual(t, PlannedPage, p.Path)
		assert.NotContains(t, string(p.HTML), PlannedPage, p.Path)
	}
}

// TestPrintPage: the whole book on one page, every chapter in order with
// every program, its links kept on the page and its ids unique.
func TestPrintPage(t *testing.T) {
	in := loadFixture(t)
	site, err := Render(in)
	require.NoError(t, err)
	html := page(t, site, PrintPage)

	at := -1
	for _, c := range in.Book.Chapters {
		i := strings.Index(html, `<article class="chapter print-chapter" id="chapter-`+c.ID+`">`)
		require.Greater(t, i, at, "chapter %s, in order", c.ID)
		at = i
		contains(t, html, `<li><a href="#chapter-`+c.ID+`">`)
	}
	for _, p := range in.Book.Programs() {
		assert.Equal(t, len(p.Segments), strings.Count(html, `data-id="`+p.ID()+`"`), "the cells of %s", p.ID())
	}
	for _, want := range []string{
		`<a href="#streams">streams in it</a>`,           // another chapter's section
		`<a href="#chapter-cells">the cells chapter</a>`, // another chapter
		`<a href="#here">a section of this`,              // this chapter's
		`<a href="#plain">plain output</a>`,              // a bare #id another chapter has
		`<a href="planned.html#not-written-yet" class="planned"`,
		`<a href="https://go.dev/">elsewhere</a>`,
		`<h2 id="links-streams">Streams, again <a class="anchor" href="#links-streams"`, // links' own #streams, renamed
		`id="links-program-hello"`, `id="links-output-hello"`,
	} {
		contains(t, html, want)
	}
	for _, c := range in.Book.Chapters {
		assert.NotContains(t, html, `href="`+c.ID+`.html`, "a link leaves the page for %s", c.ID)
	}
	idAttr := regexp.MustCompile(` id="([^"]*)"`)
	seen := map[string]bool{}
	for _, m := range idAttr.FindAllStringSubmatch(html, -1) {
		assert.False(t, seen[m[1]], "id %q twice", m[1])
		seen[m[1]] = true
	}
	assert.True(t, seen["streams"] && seen["program-hello"], "the first chapter with an id keeps it")
}
