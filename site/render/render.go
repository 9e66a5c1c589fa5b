package render

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"

	"github.com/concbook/concurrency/internal/book"
	"github.com/concbook/concurrency/internal/transcript"
)

// Input is what the site is made of.
type Input struct {
	Book *book.Book
	// Transcripts are the programs' expected outputs; a program without one
	// shows a "no transcript yet" note.
	Transcripts map[*book.Program]*transcript.Transcript
	// Timelines are the programs' goroutine timelines, shown under their
	// output; nil: none.
	Timelines map[*book.Program]*Timeline
	// Title is the book's title, on every page.
	Title string
	// Templates replaces the embedded templates (the serve command reads
	// them from disk, so that an edit shows at once); nil for the embedded.
	Templates fs.FS
	// Runnable tells which programs the page can run (Run, Edit, Reset);
	// the others show why not and how to run them. Nil: every program.
	Runnable Runnability
	// SourceURL is where a chapter's source is shown: its path in the
	// book (chapters/02-channels.md) appended makes the address of its
	// "Edit this page" link. "": no such link.
	SourceURL string
}

// Page is one rendered page.
type Page struct {
	Path string // relative to the site's root: "multiprocessing.html"
	HTML []byte
}

// Site is the rendered book.
type Site struct {
	Pages    []Page
	Contents *Contents
	// Warnings are links that lead nowhere yet, at file:line:col.
	Warnings book.ErrorList
}

// CSP is every page's Content-Security-Policy: everything from the site
// itself, nothing inline, nothing from elsewhere.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
	"font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"

// pageData is what a page's template sees.
type pageData struct {
	Site  string
	Title string
	// Description is the page's meta description, plain text.
	Description string
	Kind        string // chapter, index, planned or print
	Contents    *Contents
	Chapter     *ChapterEntry // the page's chapter; nil on the other pages
	Prev, Next  *navLink
	Body        template.HTML
	EditURL     string         // a chapter's source, to edit
	Print       []printChapter // the print page's chapters
	CSP         string
}

// ChapterHref is where the contents lead for chapter c: its page, or its
// start on the print page.
func (d pageData) ChapterHref(c *ChapterEntry) string {
	if d.Kind == "print" {
		return "#" + chapterAnchor(c)
	}
	return c.Page
}

// navLink is a previous or next link.
type navLink struct{ Href, Title string }

// Render renders every page of the site: the index, a page per chapter,
// the whole book on one page (print.html) and, when chapters link to
// sections not written yet, the page of planned sections.
func Render(in Input) (*Site, error) {
	tmpl, err := parseTemplates(in.Templates)
	if err != nil {
		return nil, err
	}
	cs := newContents(in.Book)
	links := resolveLinks(in.Book, cs)
	cs.Planned = links.planned
	md := markdown(newCellRenderer(in.Book, in.Transcripts, in.Timelines, in.Runnable), links)
	site := &Site{Contents: cs, Warnings: links.warnings}
	base := pageData{Site: in.Title, Contents: cs, CSP: CSP}

	page := func(path, kind string, d pageData) error {
		d.Kind = kind
		var b bytes.Buffer
		if err := tmpl[kind].ExecuteTemplate(&b, "layout", d); err != nil {
			return fmt.Errorf("render %s: %w", path, err)
		}
		site.Pages = append(site.Pages, Page{Path: path, HTML: b.Bytes()})
		return nil
	}

	index := base
	index.Title = in.Title
	index.Description = indexDescription
	if len(cs.Chapters) > 0 {
		index.Next = &navLink{Href: cs.Chapters[0].Page, Title: cs.Chapters[0].Label()}
	}
	if err := page("index.html", "index", index); err != nil {
		return nil, err
	}
	var bodies [][]byte
	for i, c := range in.Book.Chapters {
		var body bytes.Buffer
		if err := md.Renderer().Render(&body, c.Source, c.Doc); err != nil {
			return nil, fmt.Errorf("%s:1:1: render: %w", c.Path, err)
		}
		bodies = append(bodies, body.Bytes())
		d := base
		d.Title = c.Title + " · " + in.Title
		d.Description = description(c)
		d.Chapter = cs.Chapters[i]
		d.Body = template.HTML(body.String())
		if in.SourceURL != "" {
			d.EditURL = in.SourceURL + c.Path
		}
		d.Prev = &navLink{Href: "index.html", Title: "Contents"}
		if i > 0 {
			d.Prev = &navLink{Href: cs.Chapters[i-1].Page, Title: cs.Chapters[i-1].Label()}
		}
		if i+1 < len(cs.Chapters) {
			d.Next = &navLink{Href: cs.Chapters[i+1].Page, Title: cs.Chapters[i+1].Label()}
		} else if len(cs.Planned) > 0 {
			d.Next = &navLink{Href: PlannedPage, Title: "Not yet written"}
		}
		if err := page(cs.Chapters[i].Page, "chapter", d); err != nil {
			return nil, err
		}
	}
	if len(cs.Planned) > 0 {
		planned := base
		planned.Title = "Not yet written · " + in.Title
		planned.Description = plannedDescription
		if n := len(cs.Chapters); n > 0 {
			planned.Prev = &navLink{Href: cs.Chapters[n-1].Page, Title: cs.Chapters[n-1].Label()}
		}
		if err := page(PlannedPage, "planned", planned); err != nil {
			return nil, err
		}
	}
	whole := base
	whole.Title = "The whole book · " + in.Title
	whole.Description = printDescription
	whole.Print = printBook(cs, bodies)
	if err := page(PrintPage, "print", whole); err != nil {
		return nil, err
	}
	return site, nil
}
