package check

import (
	"bytes"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// Problem is something wrong with a page, at its line.
type Problem struct {
	Page string // relative to the site's root
	Line int
	Msg  string
}

func (p Problem) String() string { return fmt.Sprintf("%s:%d: %s", p.Page, p.Line, p.Msg) }

// Tag is an element's start tag.
type Tag struct {
	Name  string
	Attrs map[string]string // values unescaped
	Line  int
}

// Page is a scanned HTML page.
type Page struct {
	Path string
	Tags []Tag
	IDs  map[string]int // id: how many elements have it
}

var (
	tagPattern  = regexp.MustCompile(`<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*/?>`)
	attrPattern = regexp.MustCompile(`\s+([^\s=>/]+)(?:="([^"]*)")?`)
)

// Scan reads the start tags of a page.
func Scan(path string, data []byte) *Page {
	p := &Page{Path: path, IDs: map[string]int{}}
	for _, m := range tagPattern.FindAllSubmatchIndex(data, -1) {
		t := Tag{
			Name:  strings.ToLower(string(data[m[2]:m[3]])),
			Attrs: map[string]string{},
			Line:  1 + bytes.Count(data[:m[0]], []byte("\n")),
		}
		for _, a := range attrPattern.FindAllSubmatch(data[m[4]:m[5]], -1) {
			t.Attrs[strings.ToLower(string(a[1]))] = html.UnescapeString(string(a[2]))
		}
		if id, ok := t.Attrs["id"]; ok {
			p.IDs[id]++
		}
		p.Tags = append(p.Tags, t)
	}
	return p
}

// ScanDir scans every .html file under dir.
func ScanDir(dir string) (map[string]*Page, error) {
	pages := map[string]*Page{}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".html") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		pages[rel] = Scan(rel, data)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("check %s: %w", dir, err)
	}
	return pages, nil
}

// sorted is the pages in path order.
func sorted(pages map[string]*Page) []*Page {
	var ps []*Page
	for _, p := range pages {
		ps = append(ps, p)
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i].Path < ps[j].Path })
	return ps
}
