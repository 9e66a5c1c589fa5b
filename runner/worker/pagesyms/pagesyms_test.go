package pagesyms

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/concbook/concurrency/internal/play/pagepkgs"
	"github.com/concbook/concurrency/runner/worker/pagesyms/internal/copysyms/files"
)

// TestUpToDate fails when the copied symbol files differ from yaegi's: run
// go generate in this folder.
func TestUpToDate(t *testing.T) {
	want, err := files.Generate(filepath.Join("..", "..", "..", "third_party", "yaegi", "stdlib"))
	require.NoError(t, err)
	have, err := filepath.Glob("go1_*.go")
	require.NoError(t, err)
	assert.Len(t, have, len(want)-1, "symbol files (run go generate)")
	for name, b := range want {
		got, err := os.ReadFile(name)
		require.NoError(t, err, "run go generate")
		assert.Equal(t, string(b), string(got), "%s is stale: run go generate", name)
	}
}

// TestEveryPackage checks that each page package has its symbols, built
// when asked for (Load).
func TestEveryPackage(t *testing.T) {
	for _, p := range pagepkgs.Std {
		key := p + "/" + filepath.Base(p)
		if p == "math/rand/v2" {
			key = p + "/rand"
		}
		_, ok := Load(func(k string) bool { return k == key })[key] // generic packages (slices) have none: yaegi has their source
		assert.True(t, ok, p)
	}
}
