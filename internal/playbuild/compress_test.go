package playbuild

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestGzipFile gzips a file with zopfli where it is installed and with
// compress/gzip where it is not: either way a gzip reader gets the file
// back.
func TestGzipFile(t *testing.T) {
	src := filepath.Join(t.TempDir(), "x.wasm")
	want := bytes.Repeat([]byte("the in-page runner\x00\x01\x02"), 5000)
	require.NoError(t, os.WriteFile(src, want, 0o644))
	tests := []struct {
		name string
		path string // PATH while it runs
	}{
		{"found on PATH", os.Getenv("PATH")},
		{"compress/gzip", t.TempDir()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.name == "found on PATH" {
				if _, err := exec.LookPath("zopfli"); err != nil {
					t.Skip("zopfli is not installed (Debian's zopfli package)")
				}
			}
			t.Setenv("PATH", tt.path)
			dst := filepath.Join(t.TempDir(), "x.wasm.gz")
			require.NoError(t, gzipFile(src, dst))
			f, err := os.Open(dst)
			require.NoError(t, err)
			defer f.Close()
			r, err := gzip.NewReader(f)
			require.NoError(t, err)
			got, err := io.ReadAll(r)
			require.NoError(t, err)
			require.Equal(t, want, got)
		})
	}
}
