package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/concbook/concurrency/internal/engine"
	"github.com/concbook/concurrency/internal/golden"
)

// buildLines are the lines the engine writes while it builds the worker
// binaries, on a fresh cache.
var buildLines = regexp.MustCompile(`(?m)^runner: buil(ding|t) the .*\n`)

// times matches the durations of a report, which vary between runs.
var times = regexp.MustCompile(`\(\d+\.\d\ds\)|\t\d+\.\d\ds`)

// runCheck runs `runner check -count=1` with args (every program runs:
// no result comes from the cache) and returns its exit status and standard
// output, durations replaced by (T).
func runCheck(t *testing.T, args ...string) (int, string) {
	t.Helper()
	return runCheckCached(t, append([]string{"-count=1"}, args...)...)
}

// runCheckCached is runCheck without -count=1: passes may come from the
// result cache.
func runCheckCached(t *testing.T, args ...string) (int, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := checkCommand(context.Background(), args, &stdout, &stderr)
	require.Empty(t, buildLines.ReplaceAllString(stderr.String(), ""))
	return code, times.ReplaceAllString(stdout.String(), "(T)")
}

func TestCheckFixtureBook(t *testing.T) {
	if testing.Short() {
		t.Skip("runs programs")
	}
	code, out := runCheck(t, "-root", "testdata/book", "-v")
	assert.Equal(t, 1, code)
	golden.Assert(t, "check-fixture.golden", out)
}

func TestCheckRun(t *testing.T) {
	if testing.Short() {
		t.Skip("runs programs")
	}
	code, out := runCheck(t, "-root", "testdata/book", "-run", "^fixture/(hello|streams|literate)$")
	assert.Equal(t, 0, code)
	assert.Equal(t, "ok  (T)\n3 passed, 0 failed\n", strings.Replace(out, "ok  \tbook", "ok  ", 1))
}

// The program whose 8 goroutines print 3 lines each passes its streams
// transcript run after run.
func TestCheckStreamsRepeatedly(t *testing.T) {
	if testing.Short() {
		t.Skip("runs programs")
	}
	for i := range 200 {
		code, out := runCheck(t, "-root", "testdata/book", "-run", "^fixture/streams$")
		require.Equal(t, 0, code, "run %d:\n%s", i, out)
	}
}

func TestCheckJSON(t *testing.T) {
	if testing.Short() {
		t.Skip("runs programs")
	}
	code, out := runCheck(t, "-root", "testdata/book", "-json", "-run", "^fixture/(hello|mismatch)$")
	assert.Equal(t, 1, code)
	var events []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var e map[string]any
		require.NoError(t, json.Unmarshal([]byte(line), &e), line)
		events = append(events, e)
	}
	require.Len(t, events, 3)
	assert.Equal(t, "pass", events[0]["Action"])
	assert.Equal(t, "fixture/hello", events[0]["Program"])
	assert.Equal(t, "fail", events[1]["Action"])
	assert.Equal(t, "chapters/01-fixture.md:19", events[1]["Pos"])
	assert.Equal(t, "summary", events[2]["Action"])
	assert.EqualValues(t, 1, events[2]["Passed"])
	assert.EqualValues(t, 1, events[2]["Failed"])
}

// -update writes the missing transcript and merges the failing ones; then
// only what a transcript cannot fix still fails.
func TestCheckUpdate(t *testing.T) {
	if testing.Short() {
		t.Skip("runs programs")
	}
	root := t.TempDir()
	require.NoError(t, os.CopyFS(root, os.DirFS("testdata/book")))
	// A transcript with a placeholder and a block that still match, and a
	// line that does not.
	mismatch := filepath.Join(root, "expected/fixture/mismatch.txt")
	require.NoError(t, os.WriteFile(mismatch, []byte("-- # the first line --\n{{word one}}\ntwo\nthree\n"), 0o644))

	code, _ := runCheck(t, "-root", root, "-update")
	assert.Equal(t, 1, code)
	got, err := os.ReadFile(mismatch)
	require.NoError(t, err)
	assert.Equal(t, "-- # the first line --\n{{word one}}\ntwo and a half\nthree\n", string(got))
	got, err = os.ReadFile(filepath.Join(root, "expected/fixture/no-transcript.txt"))
	require.NoError(t, err)
	assert.Equal(t, "nobody wrote this down\n", string(got))
	// No temporary files are left behind.
	leftovers, _ := filepath.Glob(filepath.Join(root, "expected/fixture/.*"))
	assert.Empty(t, leftovers)

	code, out := runCheck(t, "-root", root)
	assert.Equal(t, 1, code)
	golden.Assert(t, "check-after-update.golden", out)
}

// A program that passed is reported (cached) until its source, transcript,
// fence or runner change; -count runs it again.
func TestCheckCached(t *testing.T) {
	if testing.Short() {
		t.Skip("runs programs")
	}
	// A cache of its own, with the worker binaries of the usual one
	// (linked: building them takes minutes).
	cache := t.TempDir()
	workers, _ := filepath.Glob(filepath.Join(engine.DefaultCacheDir(), "worker-*"))
	for _, w := range workers {
		if filepath.Ext(w) != "" {
			continue
		}
		to := filepath.Join(cache, filepath.Base(w))
		if os.Link(w, to) != nil { // another file system: copy
			b, err := os.ReadFile(w)
			require.NoError(t, err)
			require.NoError(t, os.WriteFile(to, b, 0o755))
		}
	}
	t.Setenv("CONCBOOK_CACHE", cache)
	root := t.TempDir()
	require.NoError(t, os.CopyFS(root, os.DirFS("testdata/book")))
	args := []string{"-root", root, "-v", "-run", "^fixture/(hello|streams|mismatch)$"}

	code, out := runCheckCached(t, args...)
	assert.Equal(t, 1, code)
	assert.NotContains(t, out, "(cached)")
	assert.Contains(t, out, "2 passed, 1 failed")

	// The passes are remembered, the failure is not.
	code, out = runCheckCached(t, args...)
	assert.Equal(t, 1, code)
	assert.Contains(t, out, "--- PASS: fixture/hello (cached)\n")
	assert.Contains(t, out, "--- PASS: fixture/streams (cached)\n")
	assert.Contains(t, out, "--- FAIL: fixture/mismatch")
	assert.Contains(t, out, "2 passed (2 cached), 1 failed")

	// A changed transcript runs the program again, even if it still fits.
	hello := filepath.Join(root, "expected/fixture/hello.txt")
	b, err := os.ReadFile(hello)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(hello, append([]byte("-- # a note --\n"), b...), 0o644))
	_, out = runCheckCached(t, args...)
	assert.Regexp(t, `--- PASS: fixture/hello \(T\)`, out)
	assert.Contains(t, out, "--- PASS: fixture/streams (cached)\n")

	// -count runs everything.
	_, out = runCheckCached(t, append([]string{"-count=1"}, args...)...)
	assert.NotContains(t, out, "(cached)")

	// A book of passes only, all cached, says so as go test does.
	code, out = runCheckCached(t, "-root", root, "-run", "^fixture/(hello|streams)$")
	assert.Equal(t, 0, code)
	assert.Equal(t, "ok  \tbook\t(cached)\n2 passed (2 cached), 0 failed\n", out)
}
