package engine

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRunPrepares checks the yaegi engine's preparing, which overlaps the
// worker's start: a compile error is returned as such (the waiting worker
// is killed), preparing counts against the time limit, and a cancelled
// run returns the context's error.
func TestRunPrepares(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the worker binaries")
	}
	hello := []byte("package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"hi\") }\n")

	res, err := testEngine.Run(context.Background(), Request{Filename: "p.go", Source: hello})
	require.NoError(t, err)
	assert.Equal(t, "hi\n", string(res.Output()))

	_, err = testEngine.Run(context.Background(), Request{Filename: "p.go", Source: []byte("package main\n\nfunc main() { x }\n")})
	var ce *CompileError
	require.ErrorAs(t, err, &ce)
	assert.Contains(t, ce.Msg, "p.go:3:15: undefined: x")

	// Type-checking takes milliseconds: a limit of a microsecond is past
	// before it ends.
	res, err = testEngine.Run(context.Background(), Request{Filename: "p.go", Source: hello, Limits: Limits{Timeout: time.Microsecond}})
	require.NoError(t, err)
	assert.Equal(t, TimedOut, res.Limit)
	assert.Empty(t, res.Output())

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = testEngine.Run(ctx, Request{Filename: "p.go", Source: hello, Limits: Limits{Timeout: time.Hour}})
	assert.ErrorIs(t, err, context.Canceled)
}

// TestPreparedCache checks that a prepared program is kept per program
// and per runner binary, and that a cached entry is what prepare makes.
func TestPreparedCache(t *testing.T) {
	dir := t.TempDir()
	c := &preparedCache{dir: dir}
	req := Request{Filename: "p.go", Source: []byte("package main\n\nfunc main() { println(1) }\n")}
	want, err := prepare(req)
	require.NoError(t, err)
	first, err := c.prepare(req)
	require.NoError(t, err)
	assert.Equal(t, want, first)
	entries, err := filepath.Glob(filepath.Join(dir, ExecutableID(), "*.go"))
	require.NoError(t, err)
	require.Len(t, entries, 1)

	// A cached entry is read back: prove it by changing it on disk.
	require.NoError(t, os.WriteFile(entries[0], []byte("cached"), 0o644))
	again, err := c.prepare(req)
	require.NoError(t, err)
	assert.Equal(t, "cached", string(again))

	// Another source, file name or test flag is another entry.
	for _, other := range []Request{
		{Filename: "p.go", Source: append([]byte("// x\n"), req.Source...)},
		{Filename: "q.go", Source: req.Source},
	} {
		got, err := c.prepare(other)
		require.NoError(t, err)
		assert.NotEqual(t, "cached", string(got))
	}
	entries, _ = filepath.Glob(filepath.Join(dir, ExecutableID(), "*.go"))
	assert.Len(t, entries, 3)

	// Compile errors are not kept.
	_, err = c.prepare(Request{Filename: "p.go", Source: []byte("package main\n\nfunc main() { x }\n")})
	var ce *CompileError
	require.ErrorAs(t, err, &ce)
	entries, _ = filepath.Glob(filepath.Join(dir, ExecutableID(), "*.go"))
	assert.Len(t, entries, 3)
}
