package render

import (
	"fmt"
	"html"
	"html/template"
	"regexp"
	"strings"
)

// PrintPage is the whole book on one page, for printing and for reading
// offline (as mdBook's print.html): every chapter in order, each starting
// a printed page.
const PrintPage = "print.html"

// printChapter is a chapter on the print page.
type printChapter struct {
	Anchor string // its element's id: chapter-ID
	Label  string
	Body   template.HTML
}

// chapterAnchor is the id of a chapter's element on the print page.
func chapterAnchor(c *ChapterEntry) string { return "chapter-" + c.ID }

// printIDs are the ids the layout of every page has, which no chapter's
// element may take on the print page.
var printIDs = []string{"content", "search", "search-results", "sidebar", "theme-toggle", "book"}

// printBook joins the chapters' rendered bodies for the print page, so that
// every link stays on it: a link to a section of a chapter leads to that
// section on this page, a link to a chapter to its start. Ids must be
// unique on one page: an id that an earlier chapter has too (two chapters'
// "goroutine-leaks", two programs named "leak-count") takes the chapter's
// id in front, "diagnostics-goroutine-leaks", and the links to it follow;
// the first keeps its name, as links from other chapters lead to it.
//
// The bodies are this package's own HTML, which is regular (attributes
// double-quoted, "<" in text escaped), so that its tags are found exactly
// by a pattern; only the values of id and href attributes change.
func printBook(cs *Contents, bodies [][]byte) []printChapter {
	used := map[string]bool{}
	for _, id := range printIDs {
		used[id] = true
	}
	for _, c := range cs.Chapters {
		used[chapterAnchor(c)] = true
	}
	// rename[page][id] is the id's name on the print page.
	rename := map[string]map[string]string{}
	for i, c := range cs.Chapters {
		names := map[string]string{}
		for _, id := range ids(bodies[i]) {
			name := id
			for n := 1; used[name]; n++ {
				name = c.ID + "-" + id
				if n > 1 {
					name = fmt.Sprintf("%s-%s-%d", c.ID, id, n)
				}
			}
			used[name] = true
			names[id] = name
		}
		rename[c.Page] = names
	}
	anchor := map[string]string{}
	for _, c := range cs.Chapters {
		anchor[c.Page] = chapterAnchor(c)
	}
	var out []printChapter
	for i, c := range cs.Chapters {
		body := rewriteAttrs(bodies[i], func(name, value string) string {
			if name == "id" {
				return rename[c.Page][value]
			}
			page, frag, hasFrag := strings.Cut(value, "#")
			if page == "" {
				page = c.Page
			}
			names, ok := rename[page]
			switch {
			case !ok:
				return value // another page of the site, or elsewhere
			case !hasFrag:
				return "#" + anchor[page]
			case names[frag] != "":
				return "#" + names[frag]
			}
			return value
		})
		out = append(out, printChapter{Anchor: chapterAnchor(c), Label: c.Label(), Body: template.HTML(body)})
	}
	return out
}

var (
	tagPattern  = regexp.MustCompile(`<[a-zA-Z][a-zA-Z0-9-]*(?:\s+[^\s=>/]+(?:="[^"]*")?)*\s*/?>`)
	attrPattern = regexp.MustCompile(`(\s)(id|href)="([^"]*)"`)
)

// ids are the values of the id attributes of a body, in order.
func ids(body []byte) []string {
	var out []string
	rewriteAttrs(body, func(name, value string) string {
		if name == "id" {
			out = append(out, value)
		}
		return value
	})
	return out
}

// rewriteAttrs replaces the value of every id and href attribute of the
// tags of body by what f returns for it (values unescaped for f, escaped
// again).
func rewriteAttrs(body []byte, f func(name, value string) string) []byte {
	return tagPattern.ReplaceAllFunc(body, func(tag []byte) []byte {
		return attrPattern.ReplaceAllFunc(tag, func(attr []byte) []byte {
			m := attrPattern.FindSubmatch(attr)
			value := f(string(m[2]), html.UnescapeString(string(m[3])))
			return []byte(string(m[1]) + string(m[2]) + `="` + html.EscapeString(value) + `"`)
		})
	})
}
