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
	Site       string
	Title      string
	Kind       string // chapter, index or planned
	Contents   *Contents
	Chapter    *ChapterEntry // the page's chapter; nil on the other pages
	Prev, Next *navLink
	Body       template.HTML
	CSP        string
}

// navLink is a previous or next link.
type navLink struct{ Href, Title string }

// Render renders every page of the site: the index, a page per chapter and
// the page of planned sections.
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
	if len(cs.Chapters) > 0 {
		index.Next = &navLink{Href: cs.Chapters[0].Page, Title: cs.Chapters[0].Label()}
	}
	if err := page("index.html", "index", index); err != nil {
		return nil, err
	}
	for i, c := range in.Book.Chapters {
		var body bytes.Buffer
		if err := md.Renderer().Render(&body, c.Source, c.Doc); err != nil {
			return nil, fmt.Errorf("%s:1:1: render: %w", c.Path, err)
		}
		d := base
		d.Title = c.Title + " · " + in.Title
		d.Chapter = cs.Chapters[i]
		d.Body = template.HTML(body.String())
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
	planned := base
	planned.Title = "Not yet written · " + in.Title
	if n := len(cs.Chapters); n > 0 {
		planned.Prev = &navLink{Href: cs.Chapters[n-1].Page, Title: cs.Chapters[n-1].Label()}
	}
	if err := page(PlannedPage, "planned", planned); err != nil {
		return nil, err
	}
	return site, nil
}
