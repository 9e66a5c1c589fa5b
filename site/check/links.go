package check

import (
	"fmt"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// Links checks every internal link and anchor of the site in dir: each
// href and src that is not absolute leads to a file of the site, and its
// fragment, if any, to an element of that page; no page has an id twice.
func Links(dir string) ([]Problem, error) {
	pages, err := ScanDir(dir)
	if err != nil {
		return nil, err
	}
	var problems []Problem
	for _, p := range sorted(pages) {
		var dup []string
		for id, n := range p.IDs {
			if n > 1 {
				dup = append(dup, id)
			}
		}
		sort.Strings(dup)
		for _, id := range dup {
			problems = append(problems, Problem{p.Path, 1, fmt.Sprintf("id %q is on %d elements", id, p.IDs[id])})
		}
		for _, t := range p.Tags {
			for _, attr := range []string{"href", "src"} {
				ref, ok := t.Attrs[attr]
				if !ok {
					continue
				}
				if msg := resolve(dir, pages, p.Path, ref); msg != "" {
					problems = append(problems, Problem{p.Path, t.Line, fmt.Sprintf("<%s %s=%q>: %s", t.Name, attr, ref, msg)})
				}
			}
		}
	}
	return problems, nil
}

// resolve says what is wrong with a reference from page from, "" if
// nothing. External references are not followed.
func resolve(dir string, pages map[string]*Page, from, ref string) string {
	u, err := url.Parse(ref)
	if err != nil {
		return "not a URL: " + err.Error()
	}
	if u.Scheme != "" || u.Host != "" {
		return ""
	}
	target := from
	if u.Path != "" {
		target = path.Join(path.Dir(from), u.Path)
		if strings.HasPrefix(u.Path, "/") {
			target = strings.TrimPrefix(path.Clean(u.Path), "/")
		}
		if target == "" || strings.HasSuffix(u.Path, "/") {
			target = path.Join(target, "index.html")
		}
		if strings.HasPrefix(target, "../") {
			return "leads out of the site"
		}
		if fi, err := os.Stat(filepath.Join(dir, filepath.FromSlash(target))); err != nil || fi.IsDir() {
			return "no such file"
		}
	}
	if u.Fragment == "" {
		return ""
	}
	p, ok := pages[target]
	if !ok {
		return "" // an anchor in a file that is not a page
	}
	if p.IDs[u.Fragment] == 0 {
		return fmt.Sprintf("%s has no element with id %q", target, u.Fragment)
	}
	return ""
}

// Anchors reports the ids of want that no page of the site in dir has, and
// for each found id the first page that has it.
func Anchors(dir string, want []string) (missing []string, found map[string]string, err error) {
	pages, err := ScanDir(dir)
	if err != nil {
		return nil, nil, err
	}
	found = map[string]string{}
	for _, p := range sorted(pages) {
		for id := range p.IDs {
			if _, ok := found[id]; !ok {
				found[id] = p.Path
			}
		}
	}
	for _, id := range want {
		if _, ok := found[id]; !ok {
			missing = append(missing, id)
		}
	}
	return missing, found, nil
}
