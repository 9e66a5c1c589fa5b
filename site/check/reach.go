package check

import (
	"net/url"
	"path"
	"strings"
)

// Unreachable reports the pages of the site in dir that a reader cannot
// reach by following links (<a href>) from the page start: orphans, which
// only a search engine or an old bookmark finds.
func Unreachable(dir, start string) ([]string, error) {
	pages, err := ScanDir(dir)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{start: true}
	queue := []string{start}
	for len(queue) > 0 {
		p := pages[queue[0]]
		queue = queue[1:]
		if p == nil {
			continue
		}
		for _, t := range p.Tags {
			ref, ok := t.Attrs["href"]
			if t.Name != "a" || !ok {
				continue
			}
			if target := pageOf(p.Path, ref); target != "" && !seen[target] {
				seen[target] = true
				queue = append(queue, target)
			}
		}
	}
	var out []string
	for _, p := range sorted(pages) {
		if !seen[p.Path] {
			out = append(out, p.Path)
		}
	}
	return out, nil
}

// pageOf is the page of the site that a link from page from leads to, ""
// for a link elsewhere.
func pageOf(from, ref string) string {
	u, err := url.Parse(ref)
	if err != nil || u.Scheme != "" || u.Host != "" {
		return ""
	}
	if u.Path == "" {
		return from
	}
	target := path.Join(path.Dir(from), u.Path)
	if strings.HasPrefix(u.Path, "/") {
		target = strings.TrimPrefix(path.Clean(u.Path), "/")
	}
	if target == "" || target == "." || strings.HasSuffix(u.Path, "/") {
		target = path.Join(target, "index.html")
	}
	return target
}
