package highlight

import (
	"bytes"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"

	chromahtml "github.com/alecthomas/chroma/v2/formatters/html"
	"github.com/alecthomas/chroma/v2/styles"
)

// The chroma styles of code in the light and the dark theme.
const (
	LightStyle = "github"
	DarkStyle  = "github-dark"
)

// FormatOptions are the chroma options of the site's code: classes, no
// inline style, and no span around every line (the cell writes the pre).
func FormatOptions() []chromahtml.Option {
	return []chromahtml.Option{
		chromahtml.WithClasses(true),
		chromahtml.PreventSurroundingPre(true),
		chromahtml.WithPreWrapper(preWrapper{}),
	}
}

// preWrapper writes the pre and code elements around the code.
type preWrapper struct{}

func (preWrapper) Start(code bool, _ string) string { return `<pre class="chroma"><code>` }
func (preWrapper) End(code bool) string             { return `</code></pre>` }

type sheet struct {
	css    []byte
	styled map[string]bool // classes that either style colours
}

var load = sync.OnceValues(func() (*sheet, error) {
	f := chromahtml.New(chromahtml.WithClasses(true), chromahtml.WithCSSComments(false))
	css := func(name string) (string, error) {
		var b bytes.Buffer
		if err := f.WriteCSS(&b, styles.Get(name)); err != nil {
			return "", fmt.Errorf("highlight: chroma style %s: %w", name, err)
		}
		return b.String(), nil
	}
	light, err := css(LightStyle)
	if err != nil {
		return nil, err
	}
	dark, err := css(DarkStyle)
	if err != nil {
		return nil, err
	}
	s := &sheet{styled: map[string]bool{}}
	light, dark = withTextColour(light), withTextColour(dark)
	styledIn(light, s.styled)
	styledIn(dark, s.styled)
	dark = over(light, dark, s.styled)
	light = only(light, s.styled)
	var b bytes.Buffer
	b.WriteString("/* Code colours, written by chroma (" + LightStyle + ", " + DarkStyle + "). */\n")
	b.WriteString(light)
	// The dark style applies when the reader chose dark, or when the system
	// is dark and the reader chose nothing; never in print.
	b.WriteString("@media screen {\n")
	b.WriteString(scope(dark, ":root[data-theme=dark]"))
	b.WriteString("}\n@media screen and (prefers-color-scheme: dark) {\n")
	b.WriteString(scope(dark, ":root:not([data-theme=light])"))
	b.WriteString("}\n")
	s.css = b.Bytes()
	return s, nil
})

// rule is a line of chroma's CSS: ".chroma .kd { color: #cf222e }".
var rule = regexp.MustCompile(`^\.chroma(?: \.([a-z0-9]+))? \{ (.*) \}$`)

// unused are the classes of line numbers and line spans, which the site's
// code has not.
var unused = map[string]bool{"line": true, "cl": true, "ln": true, "lnt": true, "lntd": true, "lntable": true, "lnlinks": true, "hl": true}

// styledIn adds to styled the classes that a style's CSS gives a look: not
// white space (which has no glyphs), not the line classes, and not a class
// in the style's own text colour.
func styledIn(css string, styled map[string]bool) {
	lines := strings.Split(strings.TrimSpace(css), "\n")
	base := ""
	for _, l := range lines {
		if m := rule.FindStringSubmatch(l); m != nil && m[1] == "" {
			base = m[2]
		}
	}
	for _, l := range lines {
		m := rule.FindStringSubmatch(l)
		if m == nil || m[1] == "" || m[1] == "w" || unused[m[1]] || strings.Contains(base, m[2]) {
			continue
		}
		styled[m[1]] = true
	}
}

// withTextColour gives a style's base rule a text colour where it has none
// (github's), the colour of its punctuation, which every style writes as
// plain text: so names and punctuation in that colour need no span.
func withTextColour(css string) string {
	rs := rules(css)
	if strings.Contains(rs[""], "color: #") && !strings.HasPrefix(rs[""], "background-color") {
		return css
	}
	p, ok := rs["p"]
	if !ok || strings.Contains(p, ";") {
		return css
	}
	return strings.Replace(css, ".chroma { ", ".chroma { "+p+"; ", 1)
}

// over is the dark style's CSS, for the styled classes, written to apply
// over the light style's: a property that a light rule sets and the dark
// rule does not is reset, so that no light colour shows on a dark page.
func over(light, dark string, styled map[string]bool) string {
	lightRules := rules(light)
	darkRules := rules(dark)
	var b strings.Builder
	b.WriteString(".chroma { " + darkRules[""] + " }\n")
	for _, class := range sortedKeys(styled) {
		var decls []string
		for _, d := range strings.Split(lightRules[class], ";") {
			prop, _, ok := strings.Cut(strings.TrimSpace(d), ":")
			if ok && !strings.Contains(darkRules[class], prop+":") {
				decls = append(decls, prop+": "+resets[prop])
			}
		}
		if darkRules[class] != "" {
			decls = append(decls, darkRules[class])
		}
		if len(decls) > 0 {
			b.WriteString(".chroma ." + class + " { " + strings.Join(decls, "; ") + " }\n")
		}
	}
	return b.String()
}

// resets are the values that undo a property of a light rule.
var resets = map[string]string{
	"color":            "inherit",
	"background-color": "transparent",
	"font-weight":      "normal",
	"font-style":       "normal",
	"text-decoration":  "none",
}

// rules maps the classes of a style's CSS to their declarations; "" is the
// base rule's.
func rules(css string) map[string]string {
	m := map[string]string{}
	for _, l := range strings.Split(strings.TrimSpace(css), "\n") {
		if r := rule.FindStringSubmatch(l); r != nil {
			m[r[1]] = r[2]
		}
	}
	return m
}

func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// only keeps the rules of a style's CSS for the base and the styled
// classes.
func only(css string, styled map[string]bool) string {
	var b strings.Builder
	for _, l := range strings.Split(strings.TrimSpace(css), "\n") {
		if m := rule.FindStringSubmatch(l); m != nil && (m[1] == "" || styled[m[1]]) {
			b.WriteString(l + "\n")
		}
	}
	return b.String()
}

// CSS is the stylesheet of chroma's classes in both themes.
func CSS() ([]byte, error) {
	s, err := load()
	if err != nil {
		return nil, err
	}
	return s.css, nil
}

// scope puts every rule of css, one a line, under the selector root.
func scope(css, root string) string {
	var b strings.Builder
	for _, line := range strings.Split(strings.TrimSpace(css), "\n") {
		sel, rest, ok := strings.Cut(line, " {")
		if !ok {
			continue
		}
		b.WriteString(root + " " + strings.TrimSpace(sel) + " {" + rest + "\n")
	}
	return b.String()
}

// token is a token's span as chroma writes it without line spans: a class
// and escaped text, never nested.
var token = regexp.MustCompile(`<span class="([a-z0-9]+)">([^<]*)</span>`)

// Compact removes the spans of tokens that neither theme colours (white
// space, most names): the text stays, the look does not change.
func Compact(html []byte) []byte {
	s, err := load()
	if err != nil {
		return html
	}
	return token.ReplaceAllFunc(html, func(m []byte) []byte {
		sub := token.FindSubmatch(m)
		if s.styled[string(sub[1])] {
			return m
		}
		return sub[2]
	})
}
