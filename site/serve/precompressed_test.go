package serve

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPrecompressed(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "play"), 0o755))
	for name, body := range map[string]string{"runner.wasm": "raw", "runner.wasm.br": "brotli", "runner.wasm.gz": "gzip"} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, "play", name), []byte(body), 0o644))
	}
	h := precompressed(dir, http.FileServer(http.Dir(dir)))
	for _, c := range []struct {
		accept, body, encoding string
	}{
		{"gzip, deflate, br, zstd", "brotli", "br"},
		{"gzip", "gzip", "gzip"},
		{"br;q=0, gzip", "gzip", "gzip"},
		{"", "raw", ""},
		{"identity", "raw", ""},
	} {
		req := httptest.NewRequest(http.MethodGet, "/play/runner.wasm", nil)
		if c.accept != "" {
			req.Header.Set("Accept-Encoding", c.accept)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		res := rec.Result()
		body, _ := io.ReadAll(res.Body)
		assert.Equal(t, http.StatusOK, res.StatusCode, c.accept)
		assert.Equal(t, c.body, string(body), c.accept)
		assert.Equal(t, c.encoding, res.Header.Get("Content-Encoding"), c.accept)
		assert.Equal(t, "application/wasm", res.Header.Get("Content-Type"), c.accept)
		assert.Contains(t, res.Header.Values("Vary"), "Accept-Encoding")
	}
	// Other files are left to the file server.
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.html"), []byte("<p>"), 0o644))
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodGet, "/a.html", nil)
	req.Header.Set("Accept-Encoding", "br")
	h.ServeHTTP(rec, req)
	assert.Empty(t, rec.Result().Header.Get("Content-Encoding"))
	assert.Equal(t, "<p>", rec.Body.String())
}
