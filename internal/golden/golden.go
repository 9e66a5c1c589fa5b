// Package golden compares what a test produced with a golden file under
// testdata/, and rewrites the file instead when the test runs with -update:
//
//	go test ./site/render -update    # then review the diff
//
// Import it from tests only: it defines the -update flag.
package golden

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/ instead of comparing with them")

// Updating reports whether the test runs with -update.
func Updating() bool { return *update }

// Assert checks that got is the content of the golden file testdata/name,
// or writes it there with -update.
func Assert(t testing.TB, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "no golden file %s: run the test with -update", path)
	assert.Equal(t, string(want), got, "%s differs; if the change is meant, run the test with -update and review the diff", path)
}
