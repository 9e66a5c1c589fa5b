package assets

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBundle(t *testing.T) {
	b, err := Bundle(nil)
	require.NoError(t, err)
	assert.Equal(t, []string{"editor.js", "editor.js.LICENSE.txt", "favicon.svg", "play.js", "search.js", "site.js", "style.css", "theme.js"}, Sorted(b))
	assert.Contains(t, string(b["editor.js.LICENSE.txt"]), "@codemirror/view@", "the editor's licence names what it bundles")
	assert.Contains(t, string(b["editor.js.LICENSE.txt"]), "MIT License")
	css := string(b["style.css"])
	assert.True(t, strings.HasPrefix(css, "/* The book's one stylesheet."), "the site's rules first")
	assert.Contains(t, css, "Code colours, written by chroma", "then the code colours")
}

func TestBundleFromDisk(t *testing.T) {
	fsys := fstest.MapFS{
		"style.css": {Data: []byte("body { color: red }\n")},
		"site.js":   {Data: []byte("// edited\n")},
	}
	b, err := Bundle(fsys)
	require.NoError(t, err)
	assert.Equal(t, []string{"site.js", "style.css"}, Sorted(b))
	assert.True(t, strings.HasPrefix(string(b["style.css"]), "body { color: red }\n"))

	_, err = Bundle(fstest.MapFS{"site.js": {Data: nil}})
	assert.ErrorContains(t, err, "no style.css")
}

// TestScriptsAreFiles: the pages' policy runs no inline script, so every
// script is a file here, and none reaches for another origin.
func TestScriptsAreFiles(t *testing.T) {
	b, err := Bundle(nil)
	require.NoError(t, err)
	for _, p := range Sorted(b) {
		if !strings.HasSuffix(p, ".js") && !strings.HasSuffix(p, ".css") {
			continue // the icon's SVG names its XML namespace, and loads nothing
		}
		s := string(b[p])
		if p == "editor.js" {
			// CodeMirror's one data: URL (an inline SVG image, which names
			// its XML namespace and loads nothing) is allowed.
			s = strings.ReplaceAll(s, `url('data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg"`, "")
		}
		for _, bad := range []string{"http://", "https://", "eval(", "innerHTML", "document.write", "@import", "url("} {
			assert.NotContains(t, s, bad, "%s", p)
		}
	}
}
