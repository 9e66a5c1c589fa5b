package build

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const fixture = "../testdata/book"

func TestBuildFixture(t *testing.T) {
	out := t.TempDir()
	res, err := Build(Config{Root: fixture, Out: out})
	require.NoError(t, err)
	assert.Empty(t, res.Errors)
	assert.Len(t, res.Warnings, 2)
	assert.Equal(t, []string{
		"cells.html", "editor.js", "editor.js.LICENSE.txt", "expected/cells/sum-solution.txt", "favicon.svg", "fixture.html",
		"index.html", "links.html", "planned.html", "play.js", "print.html", "search-index.js", "search.js", "site.js", "style.css", "theme.js",
	}, res.Files)
	var total int64
	for _, f := range res.Files {
		fi, err := os.Stat(filepath.Join(out, f))
		require.NoError(t, err)
		total += fi.Size()
	}
	assert.Equal(t, total, res.Bytes)
}

func TestBuildRewritesOnlyItsOwnFiles(t *testing.T) {
	out := t.TempDir()
	mine := filepath.Join(out, "notes.txt")
	require.NoError(t, os.WriteFile(mine, []byte("not the site's"), 0o644))
	stale := filepath.Join(out, "gone.html")

	_, err := Build(Config{Root: fixture, Out: out})
	require.NoError(t, err)
	// A page the previous build wrote and this one will not.
	require.NoError(t, os.WriteFile(stale, nil, 0o644))
	manifestPath := filepath.Join(out, manifest)
	m, err := os.ReadFile(manifestPath)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(manifestPath, append(m, "gone.html\n../outside.html\n"...), 0o644))

	past := time.Now().Add(-time.Hour)
	index := filepath.Join(out, "index.html")
	require.NoError(t, os.Chtimes(index, past, past))

	_, err = Build(Config{Root: fixture, Out: out})
	require.NoError(t, err)
	assert.NoFileExists(t, stale, "a file of the previous build is removed")
	assert.FileExists(t, mine, "a file the build did not write stays")
	fi, err := os.Stat(index)
	require.NoError(t, err)
	assert.True(t, fi.ModTime().Equal(past), "an unchanged file is not rewritten")
}

func TestBuildProblems(t *testing.T) {
	root := t.TempDir()
	write := func(name, text string) {
		p := filepath.Join(root, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
	}
	write("chapters/01-a.md", "# A\n\n```go name=x\npackage main\n```\n\n```go name=y\npackage main\n```\n\n```go name=z nope\n```\n")
	write("expected/a/x.txt", "-- any order --\nline\n")
	// y has no transcript: not a problem.
	res, err := Build(Config{Root: root, Out: t.TempDir()})
	require.NoError(t, err)
	// Each problem at its file:line:col (the messages are the book's and
	// the transcript's own).
	require.Len(t, res.Errors, 2)
	assert.Contains(t, res.Errors[0].Error(), `chapters/01-a.md:11:14: unknown fence attribute "nope"`)
	assert.Contains(t, res.Errors[1].Error(), `expected/a/x.txt:1:1: `)
}

func TestBuildNoBook(t *testing.T) {
	_, err := Build(Config{Root: t.TempDir(), Out: t.TempDir()})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "load the book")
}

// TestBuildSolutionTranscripts: the site serves each exercise's solution
// transcript where the starter's data-transcript points, and no other.
func TestBuildSolutionTranscripts(t *testing.T) {
	out := t.TempDir()
	res, err := Build(Config{Root: fixture, Out: out})
	require.NoError(t, err)
	assert.Contains(t, res.Files, "expected/cells/sum-solution.txt")
	data, err := os.ReadFile(filepath.Join(out, "expected", "cells", "sum-solution.txt"))
	require.NoError(t, err)
	assert.Equal(t, "6\n", string(data))
	page, err := os.ReadFile(filepath.Join(out, "cells.html"))
	require.NoError(t, err)
	assert.Contains(t, string(page), `data-transcript="expected/cells/sum-solution.txt"`)
	assert.NoFileExists(t, filepath.Join(out, "expected", "cells", "hello.txt"), "only solutions' transcripts are served")
}
