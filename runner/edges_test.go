package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/concbook/concurrency/internal/golden"
)

// runCheckErr runs `runner check` with args and returns its exit status,
// standard output and standard error.
func runCheckErr(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := checkCommand(context.Background(), args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// A -run pattern that matches no program fails, saying so, with and
// without -update; -update then writes nothing.
func TestCheckRunMatchesNothing(t *testing.T) {
	for _, update := range []bool{false, true} {
		t.Run(fmt.Sprintf("update=%v", update), func(t *testing.T) {
			root := t.TempDir()
			require.NoError(t, os.CopyFS(root, os.DirFS("testdata/book")))
			args := []string{"-root", root, "-run", "^01-fixture/hello$"}
			if update {
				args = append(args, "-update")
			}
			code, stdout, stderr := runCheckErr(t, args...)
			assert.Equal(t, 1, code)
			assert.Empty(t, stdout)
			assert.Equal(t, "runner check: no program matches -run \"^01-fixture/hello$\" (a program's id is chapter/program, such as fixture/hello)\n", stderr)
			_, err := os.Stat(filepath.Join(root, "expected/fixture/no-transcript.txt"))
			assert.ErrorIs(t, err, os.ErrNotExist)
		})
	}
}

// Outside the book, check says where it looked and how to point it at the
// book.
func TestCheckOutsideTheBook(t *testing.T) {
	dir := t.TempDir()
	code, stdout, stderr := runCheckErr(t, "-root", dir)
	assert.Equal(t, 1, code)
	assert.Empty(t, stdout)
	assert.Equal(t, "runner check: no chapters/ folder in "+dir+", where the book was looked for: run it in the repository's root, or give the book's folder with -root DIR\n", stderr)
}

// Every command's -h has the same shape: usage line, what it does, flags.
func TestUsage(t *testing.T) {
	for _, cmd := range []string{"check", "run", "gotests"} {
		t.Run(cmd, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := runnerMain([]string{cmd, "-h"}, &stdout, &stderr)
			assert.Equal(t, 2, code)
			assert.Empty(t, stdout.String())
			golden.Assert(t, "usage-"+cmd+".golden", stderr.String())
		})
	}
}

// -update on a program that panics in a goroutine writes the traceback's
// frames as -- skip --, and the transcript then passes under both engines,
// although only the go engine prints frames. (wg.Done is never reached: a
// deferred Done would let main return before the panic is printed.)
func TestCheckUpdateTraceback(t *testing.T) {
	if testing.Short() {
		t.Skip("runs programs")
	}
	root := t.TempDir()
	chapter := "# Crash\n\n```go name=crash exit=2\npackage main\n\nimport \"sync\"\n\nfunc main() {\n\tvar wg sync.WaitGroup\n\twg.Add(1)\n\tgo func() {\n\t\tvar m map[string]int\n\t\tm[\"x\"] = 1\n\t\twg.Done()\n\t}()\n\twg.Wait()\n}\n```\n"
	require.NoError(t, os.MkdirAll(filepath.Join(root, "chapters"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(root, "chapters/01-crash.md"), []byte(chapter), 0o644))

	code, out := runCheck(t, "-root", root, "-update")
	require.Equal(t, 0, code, out)
	got, err := os.ReadFile(filepath.Join(root, "expected/crash/crash.txt"))
	require.NoError(t, err)
	assert.Regexp(t, regexp.MustCompile(`^panic: assignment to entry in nil map\n\ngoroutine \{\{int \d+\}\} \[running\]:\n-- skip --\nexit status 2\n$`), string(got))

	code, out = runCheck(t, "-root", root, "-engine", "yaegi,go")
	assert.Equal(t, 0, code, out)
}

// -update on a streams transcript with one line changed and one missing
// restores just those lines in their streams, and says so.
func TestCheckUpdateKeepsStreams(t *testing.T) {
	if testing.Short() {
		t.Skip("runs programs")
	}
	root := t.TempDir()
	require.NoError(t, os.CopyFS(root, os.DirFS("testdata/book")))
	path := filepath.Join(root, "expected/fixture/streams.txt")
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	edited := strings.Replace(string(want), "w3| worker 3: step 1\n", "w3| worker 3: step one\n", 1)
	edited = strings.Replace(edited, "w5| worker 5: step 2\n", "", 1)
	require.NotEqual(t, string(want), edited)
	require.NoError(t, os.WriteFile(path, []byte(edited), 0o644))

	code, out := runCheck(t, "-root", root, "-run", "^fixture/streams$", "-update")
	assert.Equal(t, 0, code)
	assert.Equal(t, "--- UPDATED: fixture/streams (chapters/01-fixture.md:36)\n"+
		"    wrote expected/fixture/streams.txt\n"+
		"    warning: expected/fixture/streams.txt:1: the streams block (lines 1-25) no longer fits the output: kept it with 1 line changed, 1 line added; review it\n"+
		"ok  \tbook(T)\n1 passed, 0 failed\n", out)
	got, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got))
}
