package serve

import "net/http"

// Static serves the built site in dir as the serve command does, without
// rebuilding or reloading: its files, and the in-page runner precompressed.
// The browser tests and benchmarks serve the site with it.
func Static(dir string) http.Handler {
	return precompressed(dir, http.FileServer(http.Dir(dir)))
}
