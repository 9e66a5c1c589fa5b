package search

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/concbook/concurrency/internal/book"
)

// Index is the search index, as search-index.js holds it.
type Index struct {
	Sections []Entry `json:"sections"`
}

// Entry is one section. The short names keep the file small.
type Entry struct {
	URL     string `json:"u"` // page#section
	Title   string `json:"t"`
	Chapter string `json:"c"` // the chapter's label
	Text    string `json:"x"`
}

// Chapter is what the index needs of a chapter besides its tree.
type Chapter struct {
	*book.Chapter
	Page  string // "multiprocessing.html"
	Label string // "3. Multiprocessing"
}

// Build indexes the sections of the chapters.
func Build(chapters []Chapter) *Index {
	ix := &Index{Sections: []Entry{}}
	for _, c := range chapters {
		ix.Sections = append(ix.Sections, sections(c)...)
	}
	return ix
}

// Add adds an entry, such as a planned section's.
func (ix *Index) Add(e Entry) { ix.Sections = append(ix.Sections, e) }

// JSON is the index as JSON.
func (ix *Index) JSON() ([]byte, error) {
	data, err := json.Marshal(ix)
	if err != nil {
		return nil, fmt.Errorf("search index: %w", err)
	}
	return data, nil
}

// sections splits a chapter at its headings: each heading starts an entry,
// which has the text of the blocks up to the next heading.
func sections(c Chapter) []Entry {
	var out []Entry
	var prose, code strings.Builder
	var cur *Entry
	flush := func() {
		if cur != nil {
			cur.Text = squash(prose.String() + " " + code.String())
			out = append(out, *cur)
		}
		prose.Reset()
		code.Reset()
	}
	src := c.Source
	for n := c.Doc.FirstChild(); n != nil; n = n.NextSibling() {
		if h, ok := n.(*ast.Heading); ok {
			flush()
			id, _ := h.AttributeString("id")
			idb, _ := id.([]byte)
			cur = &Entry{URL: c.Page + "#" + string(idb), Title: text(h, src), Chapter: c.Label}
			continue
		}
		switch n := n.(type) {
		case *ast.FencedCodeBlock:
			writeLines(&code, n, src)
		case *ast.CodeBlock:
			writeLines(&code, n, src)
		default:
			prose.WriteString(text(n, src))
			prose.WriteByte(' ')
		}
	}
	flush()
	return out
}

func writeLines(b *strings.Builder, n ast.Node, src []byte) {
	for i := 0; i < n.Lines().Len(); i++ {
		seg := n.Lines().At(i)
		b.Write(seg.Value(src))
	}
	b.WriteByte(' ')
}

// text is the plain text of a block: its inline text, code spans included,
// raw HTML left out.
func text(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			if c.Type() == ast.TypeBlock && c != n {
				b.WriteByte(' ')
			}
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.RawHTML, *ast.HTMLBlock:
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			b.Write(c.Segment.Value(src))
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(c.Value)
		case *ast.FencedCodeBlock:
			writeLines(&b, c, src)
			return ast.WalkSkipChildren, nil
		}
		if c.Kind().String() == "TableCell" {
			b.WriteByte(' ')
		}
		return ast.WalkContinue, nil
	})
	return strings.TrimSpace(b.String())
}

// squash collapses runs of white space into one space.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }
