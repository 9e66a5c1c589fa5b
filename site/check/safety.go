package check

import (
	"fmt"
	"net/url"
	"strings"
)

// Safety checks that every page of the site in dir is self-contained and
// safe: it has a Content-Security-Policy meta tag with default-src 'self',
// no script without src (inline), no style attribute, no on* event
// handler attribute, no <style> element, and no element that loads from
// another origin (script, link, img, iframe, source, video, audio, object,
// embed). Links that the reader follows to elsewhere are allowed.
func Safety(dir string) ([]Problem, error) {
	pages, err := ScanDir(dir)
	if err != nil {
		return nil, err
	}
	var problems []Problem
	for _, p := range sorted(pages) {
		csp := false
		for _, t := range p.Tags {
			add := func(format string, args ...any) {
				problems = append(problems, Problem{p.Path, t.Line, fmt.Sprintf(format, args...)})
			}
			if t.Name == "meta" && strings.EqualFold(t.Attrs["http-equiv"], "Content-Security-Policy") {
				csp = strings.Contains(t.Attrs["content"], "default-src 'self'") && !strings.Contains(t.Attrs["content"], "unsafe-inline")
			}
			if t.Name == "script" {
				if _, ok := t.Attrs["src"]; !ok {
					add("inline <script>")
				}
			}
			if t.Name == "style" {
				add("inline <style>")
			}
			for name := range t.Attrs {
				if name == "style" {
					add("<%s style=...>: inline style", t.Name)
				}
				if strings.HasPrefix(name, "on") {
					add("<%s %s=...>: inline event handler", t.Name, name)
				}
			}
			if loads(t) {
				for _, attr := range []string{"src", "href", "data", "poster", "srcset"} {
					if v, ok := t.Attrs[attr]; ok && external(v) {
						add("<%s %s=%q>: loads from elsewhere", t.Name, attr, v)
					}
				}
			}
		}
		if !csp {
			problems = append(problems, Problem{p.Path, 1, "no Content-Security-Policy meta tag with default-src 'self' (and no unsafe-inline)"})
		}
	}
	return problems, nil
}

// loads reports whether the element makes the browser fetch its reference
// while loading the page (a link does for stylesheets, icons, preloads).
func loads(t Tag) bool {
	switch t.Name {
	case "script", "img", "iframe", "source", "video", "audio", "object", "embed", "track", "input":
		return true
	case "link":
		return true
	}
	return false
}

// external reports whether a reference leaves the site's origin.
func external(ref string) bool {
	u, err := url.Parse(strings.TrimSpace(ref))
	if err != nil {
		return true
	}
	return u.Scheme != "" || u.Host != "" || strings.HasPrefix(ref, "//")
}
