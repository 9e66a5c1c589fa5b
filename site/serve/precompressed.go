package serve

import (
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// The in-page runner (play/runner.wasm, about 18 MB) is built with its
// brotli and gzip forms beside it, runner.wasm.br and runner.wasm.gz.
// precompressed serves the smallest form the browser accepts, with
// Content-Encoding, the type of the uncompressed file (application/wasm,
// which WebAssembly.compileStreaming requires) and Vary: Accept-Encoding;
// any other request goes to next.
func precompressed(dir string, next http.Handler) http.Handler {
	encodings := []struct{ name, ext string }{{"br", ".br"}, {"gzip", ".gz"}}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := path.Clean("/" + r.URL.Path)
		if !strings.HasSuffix(name, ".wasm") || (r.Method != http.MethodGet && r.Method != http.MethodHead) {
			next.ServeHTTP(w, r)
			return
		}
		w.Header().Add("Vary", "Accept-Encoding")
		accept := r.Header.Get("Accept-Encoding")
		for _, e := range encodings {
			if !acceptsEncoding(accept, e.name) {
				continue
			}
			f, err := os.Open(filepath.Join(dir, filepath.FromSlash(name)) + e.ext)
			if err != nil {
				continue
			}
			defer f.Close()
			fi, err := f.Stat()
			if err != nil || fi.IsDir() {
				continue
			}
			w.Header().Set("Content-Encoding", e.name)
			w.Header().Set("Content-Type", mime.TypeByExtension(".wasm"))
			http.ServeContent(w, r, name, fi.ModTime(), f)
			return
		}
		w.Header().Set("Content-Type", mime.TypeByExtension(".wasm"))
		next.ServeHTTP(w, r)
	})
}

// acceptsEncoding reports whether an Accept-Encoding header accepts enc
// (not with q=0).
func acceptsEncoding(header, enc string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), enc) {
			continue
		}
		q := strings.ReplaceAll(params, " ", "")
		return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
	}
	return false
}

func init() {
	// Debian's /etc/mime.types may lack it; browsers need it to stream.
	_ = mime.AddExtensionType(".wasm", "application/wasm")
}
