package engine

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSourceHashSeesEveryEdit checks that the worker's source hash changes
// when any of its sources does, the patched yaegi included, and that the
// memo is used only while nothing changed.
func TestSourceHashSeesEveryEdit(t *testing.T) {
	root, cache := t.TempDir(), t.TempDir()
	files := map[string]string{
		"go.mod":                          "module m\n",
		"go.sum":                          "",
		"runner/worker/main.go":           "package main\n",
		"third_party/yaegi/interp/run.go": "package interp\n",
	}
	for name, body := range files {
		p := filepath.Join(root, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
	}
	first, err := sourceHash(root, cache)
	require.NoError(t, err)
	again, err := sourceHash(root, cache)
	require.NoError(t, err)
	assert.Equal(t, first, again)

	seen := map[string]bool{first: true}
	for _, name := range []string{"third_party/yaegi/interp/run.go", "runner/worker/main.go", "go.sum"} {
		p := filepath.Join(root, name)
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(p, append(b, "// edited\n"...), 0o644))
		// An edit within the file system's time granularity still
		// changes the size, which the fingerprint includes.
		sum, err := sourceHash(root, cache)
		require.NoError(t, err)
		assert.False(t, seen[sum], "editing %s left the hash unchanged", name)
		seen[sum] = true
	}

	// Same size, new content, new modification time: a new hash.
	p := filepath.Join(root, "third_party/yaegi/interp/run.go")
	require.NoError(t, os.WriteFile(p, []byte("package interq\n// edited\n"), 0o644))
	later := time.Now().Add(time.Minute)
	require.NoError(t, os.Chtimes(p, later, later))
	sum, err := sourceHash(root, cache)
	require.NoError(t, err)
	assert.False(t, seen[sum], "an edit of the same size left the hash unchanged")
}
