package engine

import (
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Concurrent builds of one cached file build it once; builds of two files
// do not wait for each other.
func TestBuildCachedOnce(t *testing.T) {
	cache := t.TempDir()
	var builds atomic.Int32
	build := func(tmp string) error {
		builds.Add(1)
		return os.WriteFile(tmp, []byte("bin"), 0o755)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() { assert.NoError(t, BuildCached(cache, filepath.Join(cache, "a"), build)) })
	}
	wg.Wait()
	assert.EqualValues(t, 1, builds.Load())

	// While "b" is being built (its build blocked), "c" builds.
	started, release := make(chan struct{}), make(chan struct{})
	bDone := make(chan error, 1)
	go func() {
		bDone <- BuildCached(cache, filepath.Join(cache, "b"), func(tmp string) error {
			close(started)
			<-release
			return os.WriteFile(tmp, nil, 0o755)
		})
	}()
	<-started
	require.NoError(t, BuildCached(cache, filepath.Join(cache, "c"), build))
	close(release)
	assert.FileExists(t, filepath.Join(cache, "c"))
	// "b" finishes before the test removes the cache (it writes there).
	require.NoError(t, <-bDone)
	assert.FileExists(t, filepath.Join(cache, "b"))
}

func TestOlderWorkers(t *testing.T) {
	cache := t.TempDir()
	for _, name := range []string{"worker-virtual-aaa", "worker-virtual-bbb", "worker-virtual-bbb.lock", "worker-virtual-aaa.tmp", "worker-real-ccc"} {
		require.NoError(t, os.WriteFile(filepath.Join(cache, name), nil, 0o644))
	}
	w := &workers{cache: cache}
	assert.Equal(t, []string{filepath.Join(cache, "worker-virtual-aaa")}, w.older(ClockVirtual, filepath.Join(cache, "worker-virtual-bbb")))
	assert.Empty(t, w.older(ClockReal, filepath.Join(cache, "worker-real-ccc")))
}
