package book

import (
	"regexp"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Markdown is the goldmark configuration of the book: CommonMark, heading
// ids, {#id} attributes and the seed's HTML anchors as heading ids, with
// the extensions given. The site adds GitHub-flavoured Markdown
// (extension.GFM: tables, strikethrough, task lists, links) and its
// renderers. What the model holds (chapters, sections, programs, exercises)
// is CommonMark, the same with or without those (site's TestModelWithoutGFM);
// the runner leaves them out, since goldmark's extension package alone took
// about 10 ms of each runner's start (its link regexps compile at init).
func Markdown(extra ...goldmark.Extender) goldmark.Markdown {
	return goldmark.New(
		goldmark.WithExtensions(extra...),
		goldmark.WithParserOptions(
			parser.WithAutoHeadingID(),
			parser.WithAttribute(),
			parser.WithASTTransformers(util.Prioritized(anchorIDs{}, 100)),
		),
	)
}

// anchorPattern finds the id of an HTML anchor such as <a id="lock"></a>.
var anchorPattern = regexp.MustCompile(`<a\s+(?:name|id)="([^"]+)"\s*>`)

// anchorIDs gives a heading that holds an HTML anchor the anchor's id, and
// removes the anchor's raw HTML from the heading, so that the seed's links
// (#thread-management) lead to the heading.
type anchorIDs struct{}

func (anchorIDs) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	src := reader.Source()
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		h, ok := n.(*ast.Heading)
		if !ok || !entering {
			return ast.WalkContinue, nil
		}
		var raws []ast.Node
		for c := h.FirstChild(); c != nil; c = c.NextSibling() {
			raw, ok := c.(*ast.RawHTML)
			if !ok {
				continue
			}
			var html []byte
			for i := 0; i < raw.Segments.Len(); i++ {
				seg := raw.Segments.At(i)
				html = append(html, seg.Value(src)...)
			}
			if m := anchorPattern.FindSubmatch(html); m != nil {
				h.SetAttributeString("id", m[1])
			}
			raws = append(raws, c)
		}
		for _, c := range raws {
			h.RemoveChild(h, c)
		}
		// Drop the space left before a removed anchor.
		if t, ok := h.LastChild().(*ast.Text); ok && len(raws) > 0 {
			t.Segment = t.Segment.TrimRightSpace(src)
		}
		return ast.WalkSkipChildren, nil
	})
}
