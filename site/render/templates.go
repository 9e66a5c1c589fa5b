package render

import (
	"embed"
	"fmt"
	"html/template"
	"io/fs"
)

//go:embed templates/*.html
var embedded embed.FS

// Templates are the embedded page templates (the serve command reads the
// same files from site/render/templates instead, to show edits at once).
var Templates fs.FS = mustSub(embedded, "templates")

// pageKinds are the templates of pages; each defines "main" and uses
// layout.html's "layout".
var pageKinds = []string{"index", "chapter", "planned", "print"}

// parseTemplates parses layout.html with each page's template.
func parseTemplates(fsys fs.FS) (map[string]*template.Template, error) {
	if fsys == nil {
		fsys = Templates
	}
	ts := map[string]*template.Template{}
	for _, kind := range pageKinds {
		t, err := template.New(kind).ParseFS(fsys, "layout.html", kind+".html")
		if err != nil {
			return nil, fmt.Errorf("templates: %w", err)
		}
		ts[kind] = t
	}
	return ts, nil
}

func mustSub(fsys fs.FS, dir string) fs.FS {
	sub, err := fs.Sub(fsys, dir)
	if err != nil {
		panic(err)
	}
	return sub
}
