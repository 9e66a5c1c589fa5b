package serve

import (
	"bytes"
	_ "embed"
	"io"
	"net/http"
	"path"
	"strings"
)

//go:embed reload.js
var reloadJS []byte

// ReloadScript is where the served pages load reload.js from. It is the
// server's, not a file of the site.
const ReloadScript = "/_reload.js"

// reloadTag is what the server adds to a page, before </head>.
const reloadTag = `<script src="` + ReloadScript + `" defer></script>` + "\n"

// withReload serves the site's HTML pages from dir with reloadTag added,
// so that the open page reloads on a rebuild while the files on disk stay
// exactly as a build writes them; any other request goes to next.
func withReload(dir string, next http.Handler) http.Handler {
	root := http.Dir(dir)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := path.Clean("/" + r.URL.Path)
		if strings.HasSuffix(r.URL.Path, "/") {
			name = path.Join(name, "index.html")
		}
		if !strings.HasSuffix(name, ".html") || (r.Method != http.MethodGet && r.Method != http.MethodHead) {
			next.ServeHTTP(w, r)
			return
		}
		f, err := root.Open(name)
		if err != nil {
			next.ServeHTTP(w, r) // its 404
			return
		}
		defer f.Close()
		fi, err := f.Stat()
		if err != nil || fi.IsDir() {
			next.ServeHTTP(w, r)
			return
		}
		page, err := io.ReadAll(f)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		http.ServeContent(w, r, name, fi.ModTime(), bytes.NewReader(addReload(page)))
	})
}

// addReload is a page with reloadTag before its </head> (at its end if it
// has none).
func addReload(page []byte) []byte {
	i := bytes.Index(page, []byte("</head>"))
	if i < 0 {
		i = len(page)
	}
	out := make([]byte, 0, len(page)+len(reloadTag))
	out = append(out, page[:i]...)
	out = append(out, reloadTag...)
	return append(out, page[i:]...)
}

// serveReloadJS serves reload.js.
func serveReloadJS(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write(reloadJS)
}
