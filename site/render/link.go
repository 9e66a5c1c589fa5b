package render

import (
	"bytes"
	"fmt"
	"net/url"
	"path"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"

	"github.com/concbook/concurrency/internal/book"
)

// PlannedPage is the page of the sections that chapters link to and that no
// chapter has yet.
const PlannedPage = "planned.html"

// Planned is a section that a chapter links to and no chapter has yet: the
// page of planned sections has an entry for it, so that the link leads
// somewhere that says so.
type Planned struct {
	ID    string
	Title string // the text of the first link to it
	// From is where the first link to it is: a chapter's page and section.
	From      *ChapterEntry
	FromTitle string
	FromHref  string
}

// linkResolver decides where every link of the book leads. A link to #id
// leads to the section with that id: on the same page when the chapter has
// it, else on the page of the chapter that has it, else to the planned
// sections. A link to another chapter's file (03-multiprocessing.md#pool)
// leads to that chapter's page.
type linkResolver struct {
	href     map[*ast.Link]string
	planned  []*Planned
	warnings book.ErrorList
}

func resolveLinks(bk *book.Book, cs *Contents) *linkResolver {
	r := &linkResolver{href: map[*ast.Link]string{}}
	owner := map[string]*book.Chapter{} // section id: the first chapter that has it
	byFile := map[string]*book.Chapter{}
	for _, c := range bk.Chapters {
		byFile[path.Base(c.Path)] = c
		for _, s := range c.Sections {
			if _, ok := owner[s.ID]; !ok && s.ID != "" {
				owner[s.ID] = c
			}
		}
	}
	planned := map[string]*Planned{}
	for i, c := range bk.Chapters {
		has := map[string]bool{}
		for _, s := range c.Sections {
			has[s.ID] = true
		}
		var section *book.Section
		sections := c.Sections
		_ = ast.Walk(c.Doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if !entering {
				return ast.WalkContinue, nil
			}
			if _, ok := n.(*ast.Heading); ok && len(sections) > 0 {
				section, sections = sections[0], sections[1:]
				return ast.WalkContinue, nil
			}
			l, ok := n.(*ast.Link)
			if !ok {
				return ast.WalkContinue, nil
			}
			dest := string(l.Destination)
			if u, err := url.Parse(dest); err != nil || u.Scheme != "" || u.Host != "" {
				return ast.WalkContinue, nil // external, or not a URL: as written
			}
			file, frag, _ := strings.Cut(dest, "#")
			target := c
			if file != "" {
				t, ok := byFile[path.Base(file)]
				if !ok {
					line, col := position(c, l)
					r.warnings = append(r.warnings, &book.Error{File: c.Path, Line: line, Col: col, Msg: fmt.Sprintf("link to %s: no chapter is that file", dest)})
					return ast.WalkContinue, nil
				}
				target = t
			}
			switch {
			case frag == "":
				r.href[l] = pageOf(target)
			case target == c && has[frag]:
				r.href[l] = "#" + frag
			case file == "" && owner[frag] != nil:
				r.href[l] = pageOf(owner[frag]) + "#" + frag
			case file != "" && sectionOf(target, frag):
				r.href[l] = pageOf(target) + "#" + frag
			default:
				line, col := position(c, l)
				r.warnings = append(r.warnings, &book.Error{File: c.Path, Line: line, Col: col,
					Msg: fmt.Sprintf("link to #%s: no chapter has this section yet; it leads to the planned sections", frag)})
				r.href[l] = PlannedPage + "#" + frag
				if planned[frag] == nil {
					p := &Planned{ID: frag, Title: linkText(l, c.Source), From: cs.Chapters[i], FromTitle: c.Title, FromHref: pageOf(c)}
					if section != nil && section.ID != "" {
						p.FromTitle, p.FromHref = section.Title, pageOf(c)+"#"+section.ID
					}
					planned[frag] = p
					r.planned = append(r.planned, p)
				}
			}
			return ast.WalkContinue, nil
		})
	}
	return r
}

func sectionOf(c *book.Chapter, id string) bool {
	for _, s := range c.Sections {
		if s.ID == id {
			return true
		}
	}
	return false
}

// linkText is the plain text of a link.
func linkText(l *ast.Link, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(l, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := n.(*ast.Text); ok && entering {
			b.Write(t.Segment.Value(src))
			if t.SoftLineBreak() {
				b.WriteByte(' ')
			}
		}
		return ast.WalkContinue, nil
	})
	return strings.TrimSpace(b.String())
}

// position is the line and column of an inline node: where its first text
// starts, less the opening bracket of a link.
func position(c *book.Chapter, n ast.Node) (line, col int) {
	off := -1
	_ = ast.Walk(n, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := n.(*ast.Text); ok && entering && off < 0 {
			off = t.Segment.Start
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	if off < 0 {
		return 1, 1
	}
	if _, ok := n.(*ast.Link); ok && off > 0 {
		off-- // the [
	}
	line = 1 + bytes.Count(c.Source[:off], []byte("\n"))
	col = off - (bytes.LastIndexByte(c.Source[:off], '\n') + 1) + 1
	return line, col
}

// linkRenderer renders links with the resolver's addresses.
type linkRenderer struct{ links *linkResolver }

func (r *linkRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindLink, r.render)
}

func (r *linkRenderer) render(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*ast.Link)
	if !entering {
		_, _ = w.WriteString("</a>")
		return ast.WalkContinue, nil
	}
	dest := n.Destination
	if h, ok := r.links.href[n]; ok {
		dest = []byte(h)
	}
	_, _ = w.WriteString(`<a href="`)
	if d := util.URLEscape(dest, true); !html.IsDangerousURL(d) {
		_, _ = w.Write(util.EscapeHTML(d))
	}
	_ = w.WriteByte('"')
	if n.Title != nil {
		_, _ = w.WriteString(` title="`)
		_, _ = w.Write(util.EscapeHTML(n.Title))
		_ = w.WriteByte('"')
	}
	if strings.HasPrefix(string(dest), PlannedPage) {
		_, _ = w.WriteString(` class="planned"`)
		if n.Title == nil {
			_, _ = w.WriteString(` title="not written yet"`)
		}
	}
	if n.Attributes() != nil {
		html.RenderAttributes(w, n, html.LinkAttributeFilter)
	}
	_ = w.WriteByte('>')
	return ast.WalkContinue, nil
}
