package check

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'">`

func site(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
	}
	return dir
}

func messages(ps []Problem) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.String())
	}
	return out
}

func TestLinks(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{"sound", map[string]string{
			"index.html":     `<a href="a.html#x">a</a> <a href="#top" id="top">top</a> <a href="https://go.dev/">go</a> <link href="style.css?v=1"><a href="sub/">sub</a>`,
			"a.html":         `<h2 id="x">X</h2><a href="index.html">back</a><a href="mailto:a@b.c">mail</a>`,
			"style.css":      `body {}`,
			"sub/index.html": `<a href="../a.html#x">up</a>`,
		}, nil},
		{"missing page", map[string]string{"index.html": "<p>\n<a href=\"b.html\">b</a>"}, []string{`index.html:2: <a href="b.html">: no such file`}},
		{"missing anchor", map[string]string{"index.html": `<a href="a.html#y">a</a>`, "a.html": `<h2 id="x">`}, []string{`index.html:1: <a href="a.html#y">: a.html has no element with id "y"`}},
		{"missing anchor on the page", map[string]string{"index.html": `<a href="#nowhere">a</a>`}, []string{`index.html:1: <a href="#nowhere">: index.html has no element with id "nowhere"`}},
		{"escaped", map[string]string{"index.html": `<a href="a.html#x&amp;y">a</a>`, "a.html": `<h2 id="x&amp;y">`}, nil},
		{"outside", map[string]string{"index.html": `<a href="../secret.html">a</a>`}, []string{`index.html:1: <a href="../secret.html">: leads out of the site`}},
		{"duplicate id", map[string]string{"index.html": `<h2 id="x"></h2><h3 id="x"></h3>`}, []string{`index.html:1: id "x" is on 2 elements`}},
		{"script src", map[string]string{"index.html": `<script src="gone.js"></script>`}, []string{`index.html:1: <script src="gone.js">: no such file`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps, err := Links(site(t, tt.files))
			require.NoError(t, err)
			assert.Equal(t, tt.want, messages(ps))
		})
	}
}

func TestSafety(t *testing.T) {
	tests := []struct {
		name, page string
		want       []string
	}{
		{"sound", csp + `<script src="site.js"></script><link rel="stylesheet" href="style.css"><a href="https://go.dev/">go</a>`, nil},
		{"no policy", `<p>hi</p>`, []string{"index.html:1: no Content-Security-Policy meta tag with default-src 'self' (and no unsafe-inline)"}},
		{"unsafe policy", `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'unsafe-inline'">`, []string{"index.html:1: no Content-Security-Policy meta tag with default-src 'self' (and no unsafe-inline)"}},
		{"inline script", csp + "\n<script>alert(1)</script>", []string{"index.html:2: inline <script>"}},
		{"inline style", csp + `<p style="color: red">`, []string{"index.html:1: <p style=...>: inline style"}},
		{"style element", csp + `<style>p {}</style>`, []string{"index.html:1: inline <style>"}},
		{"handler", csp + `<img src="a.png" onerror="x()">`, []string{"index.html:1: <img onerror=...>: inline event handler"}},
		{"cdn script", csp + `<script src="https://cdn.example/x.js"></script>`, []string{`index.html:1: <script src="https://cdn.example/x.js">: loads from elsewhere`}},
		{"font", csp + `<link rel="stylesheet" href="//fonts.example/css">`, []string{`index.html:1: <link href="//fonts.example/css">: loads from elsewhere`}},
		{"escaped output is text", csp + `<div class="ln">&lt;script&gt;alert(1)&lt;/script&gt;</div>`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps, err := Safety(site(t, map[string]string{"index.html": tt.page}))
			require.NoError(t, err)
			assert.Equal(t, tt.want, messages(ps))
		})
	}
}

func TestUnreachable(t *testing.T) {
	dir := site(t, map[string]string{
		"index.html":     `<a href="a.html#x">a</a> <a href="https://go.dev/b.html">elsewhere</a> <link rel="stylesheet" href="c.html">`,
		"a.html":         `<a href="sub/">sub</a> <a href="#x" id="x">here</a>`,
		"sub/index.html": `<a href="../index.html">up</a> <a href="/d.html">d</a>`,
		"d.html":         `<p>a dead end</p>`,
		"b.html":         `<a href="index.html">only links out</a>`,
		"c.html":         `<p>named by a link element, not an a</p>`,
	})
	orphans, err := Unreachable(dir, "index.html")
	require.NoError(t, err)
	assert.Equal(t, []string{"b.html", "c.html"}, orphans)
}

func TestAnchors(t *testing.T) {
	dir := site(t, map[string]string{"a.html": `<h2 id="x">`, "b.html": `<h2 id="y"><h2 id="x">`})
	missing, found, err := Anchors(dir, []string{"x", "y", "z"})
	require.NoError(t, err)
	assert.Equal(t, []string{"z"}, missing)
	assert.Equal(t, "a.html", found["x"])
	assert.Equal(t, "b.html", found["y"])
}
