package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/concbook/concurrency/internal/golden"
	"github.com/concbook/concurrency/internal/transcript"
)

// processesRunning lists the processes whose command line contains s.
func processesRunning(s string) []string {
	var found []string
	dirs, _ := filepath.Glob("/proc/[0-9]*")
	for _, d := range dirs {
		cmdline, err := os.ReadFile(d + "/cmdline")
		if err != nil {
			continue
		}
		line := string(bytes.ReplaceAll(cmdline, []byte{0}, []byte{' '}))
		if strings.Contains(line, s) {
			stat, _ := os.ReadFile(d + "/stat")
			if !strings.Contains(string(stat), ") Z ") {
				found = append(found, d+": "+line)
			}
		}
	}
	return found
}

// The fault chapter: each misbehaviour reported for what it is, at its
// Markdown line, the other programs still checked, and no process left.
func TestFaultChapter(t *testing.T) {
	if testing.Short() {
		t.Skip("runs programs")
	}
	code, out := runCheck(t, "-root", "testdata/faults", "-v")
	assert.Equal(t, 1, code)
	golden.Assert(t, "check-faults.golden", out)
	assert.Empty(t, processesRunning("sleep 4242"), "the blocked child outlived its run")
	assert.Empty(t, processesRunning("sleep 4343"), "children outlived their run")
}

// Interrupted with SIGINT or SIGTERM, check kills the running programs and
// their children before it exits.
func TestCheckInterrupted(t *testing.T) {
	if testing.Short() {
		t.Skip("runs programs")
	}
	bin := builtRunner(t)
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			cmd := exec.Command(bin, "check", "-count=1", "-root", "testdata/faults", "-run", "blocked-child")
			var out bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &out
			require.NoError(t, cmd.Start())
			deadline := time.Now().Add(5 * time.Second)
			for len(processesRunning("sleep 4242")) == 0 && time.Now().Before(deadline) {
				time.Sleep(10 * time.Millisecond)
			}
			require.NotEmpty(t, processesRunning("sleep 4242"), "the child never started:\n%s", out.String())
			require.NoError(t, cmd.Process.Signal(sig))
			err := cmd.Wait()
			var ee *exec.ExitError
			require.ErrorAs(t, err, &ee)
			assert.Equal(t, 130, ee.ExitCode(), out.String())
			assert.Contains(t, out.String(), "runner: interrupted")
			assert.Empty(t, processesRunning("sleep 4242"), "the child outlived the runner")
		})
	}
}

// -update killed at any point leaves every transcript old or new, never a
// part of either.
func TestUpdateKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("runs programs")
	}
	bin := builtRunner(t)
	root := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(root, "chapters"), 0o755))
	require.NoError(t, os.MkdirAll(filepath.Join(root, "expected", "many"), 0o755))
	var md strings.Builder
	md.WriteString("# Many programs\n")
	const n = 40
	old := map[string]string{}
	for i := range n {
		fmt.Fprintf(&md, "\n```go name=p%d\npackage main\n\nimport \"fmt\"\n\nfunc main() {\n\tfor i := 0; i < 2000; i++ {\n\t\tfmt.Println(\"program %d line\", i)\n\t}\n}\n```\n", i, i)
		path := filepath.Join(root, "expected", "many", fmt.Sprintf("p%d.txt", i))
		old[path] = "stale\n"
		require.NoError(t, os.WriteFile(path, []byte(old[path]), 0o644))
	}
	require.NoError(t, os.WriteFile(filepath.Join(root, "chapters", "01-many.md"), []byte(md.String()), 0o644))

	// changed counts the transcripts -update has rewritten so far.
	changed := func() int {
		c := 0
		for path, before := range old {
			if data, err := os.ReadFile(path); err == nil && string(data) != before {
				c++
			}
		}
		return c
	}
	// Kill -update at once (50 ms in), then as soon as it has written one
	// more transcript, then three more: points set by its progress, not
	// by the clock, so that a loaded machine changes nothing.
	for _, more := range []int{0, 1, 3} {
		base := changed()
		cmd := exec.Command(bin, "check", "-count=1", "-root", root, "-update", "-j", "2")
		require.NoError(t, cmd.Start())
		exited := make(chan struct{})
		go func() { cmd.Wait(); close(exited) }()
		if more == 0 {
			time.Sleep(50 * time.Millisecond)
		} else {
			deadline := time.Now().Add(2 * time.Minute)
		wait:
			for changed() < base+more && time.Now().Before(deadline) {
				select {
				case <-exited:
					break wait
				case <-time.After(time.Millisecond):
				}
			}
		}
		cmd.Process.Kill()
		<-exited
		for path, before := range old {
			data, err := os.ReadFile(path)
			require.NoError(t, err)
			if string(data) == before {
				continue
			}
			tr, err := transcript.Parse(path, data)
			require.NoError(t, err)
			var want strings.Builder
			i := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(path), "p"), ".txt")
			for j := 0; j < 2000; j++ {
				fmt.Fprintf(&want, "program %s line %d\n", i, j)
			}
			require.NoError(t, tr.Match(want.String()), "%s is neither old nor new", path)
		}
	}
	updated := changed()
	assert.NotZero(t, updated, "no transcript was written before the last kill: the test proves nothing")
	assert.Less(t, updated, n, "every transcript was written before the last kill: the test proves nothing")
	// Finished, the update leaves a book that passes.
	code, out := runCheck(t, "-root", root, "-update")
	require.Equal(t, 0, code, out)
	code, out = runCheck(t, "-root", root)
	require.Equal(t, 0, code, out)
}
