package render

import (
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"

	"github.com/concbook/concurrency/internal/book"
)

// descriptionLimit is the most characters a page's meta description has:
// about what a search engine shows under a result.
const descriptionLimit = 160

// The descriptions of the pages around the chapters.
const (
	indexDescription   = "Every program in this book runs, and the output shown after it is checked against what it prints."
	printDescription   = "The whole book on one page, every chapter in order: for printing, and for reading offline."
	plannedDescription = "The sections the chapters link to that are not written yet."
)

// description is a chapter's meta description: the plain text of its
// first paragraph, cut at a word to at most descriptionLimit characters.
func description(c *book.Chapter) string {
	for n := c.Doc.FirstChild(); n != nil; n = n.NextSibling() {
		if p, ok := n.(*ast.Paragraph); ok {
			if s := clip(plainText(p, c.Source), descriptionLimit); s != "" {
				return s
			}
		}
	}
	return c.Title
}

// plainText is the text of an inline tree: its words and code spans, with
// no markup and no raw HTML.
func plainText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.RawHTML:
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			b.Write(c.Segment.Value(src))
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(c.Value)
		}
		return ast.WalkContinue, nil
	})
	return strings.Join(strings.Fields(b.String()), " ")
}

// clip is s if it has at most limit characters; else its words that fit
// in limit-1, followed by "…".
func clip(s string, limit int) string {
	if utf8.RuneCountInString(s) <= limit {
		return s
	}
	cut, n := 0, 0 // n: the characters before i
	for i, r := range s {
		if r == ' ' {
			cut = i
		}
		if n == limit-1 {
			break
		}
		n++
	}
	if cut == 0 { // one long word
		r := []rune(s)
		return string(r[:limit-1]) + "…"
	}
	return strings.TrimRight(s[:cut], ",;:—–- ") + "…"
}
