package render

import (
	"path"
	"strconv"
	"strings"

	"github.com/concbook/concurrency/internal/book"
)

// Contents is the book's table of contents: what the index page lists, what
// the sidebar of every page shows and what previous and next follow.
type Contents struct {
	Chapters []*ChapterEntry
	// Planned are the sections that chapters link to and no chapter has yet.
	Planned []*Planned
}

// ChapterEntry is a chapter in the contents.
type ChapterEntry struct {
	ID    string
	Page  string // "multiprocessing.html"
	Title string
	// Number is the chapter's number, NN of chapters/NN-slug.md; 0 for the
	// introduction, which has none.
	Number   int
	Sections []SectionEntry // levels 2 and 3, in order
}

// SectionEntry is a heading of a chapter.
type SectionEntry struct {
	ID, Title string
	Level     int
}

// Href is the section's address from any page of the site.
func (c *ChapterEntry) Href(s SectionEntry) string { return c.Page + "#" + s.ID }

// Label is the chapter's title with its number: "3. Multiprocessing".
func (c *ChapterEntry) Label() string {
	if c.Number == 0 {
		return c.Title
	}
	return strconv.Itoa(c.Number) + ". " + c.Title
}

// pageOf is the page of chapter c.
func pageOf(c *book.Chapter) string { return c.ID + ".html" }

// number is NN of chapters/NN-slug.md.
func number(c *book.Chapter) int {
	base := path.Base(c.Path)
	nn, _, _ := strings.Cut(base, "-")
	n, err := strconv.Atoi(nn)
	if err != nil {
		return 0
	}
	return n
}

func newContents(bk *book.Book) *Contents {
	var cs Contents
	for _, c := range bk.Chapters {
		e := &ChapterEntry{ID: c.ID, Page: pageOf(c), Title: c.Title, Number: number(c)}
		for _, s := range c.Sections {
			if s.Level >= 2 && s.Level <= 3 && s.ID != "" {
				e.Sections = append(e.Sections, SectionEntry{ID: s.ID, Title: s.Title, Level: s.Level})
			}
		}
		cs.Chapters = append(cs.Chapters, e)
	}
	return &cs
}
