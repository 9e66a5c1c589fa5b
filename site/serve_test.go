package main

import (
	"bufio"
	"io"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// asSite is the environment variable that makes the test binary the site
// command, for the tests that need it as a process of its own.
const asSite = "CONCBOOK_TEST_AS_SITE"

func TestMain(m *testing.M) {
	if os.Getenv(asSite) == "1" {
		os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// TestServeStopsWithParent: a shell starts the server and is killed, as
// make is when `make serve` gets SIGTERM: the server, orphaned, stops too
// (before, it went on serving with no one to stop it).
func TestServeStopsWithParent(t *testing.T) {
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh")
	}
	exe, err := os.Executable()
	require.NoError(t, err)
	// sh prints the server's pid, then waits for it.
	parent := exec.Command("sh", "-c", `"$@" & echo $!; wait`, "sh",
		exe, "-serve", "127.0.0.1:0", "-root", fixture, "-out", t.TempDir(), "-play=false", "-timelines=false")
	parent.Env = append(os.Environ(), asSite+"=1")
	stdout, err := parent.StdoutPipe()
	require.NoError(t, err)
	stderr, err := parent.StderrPipe()
	require.NoError(t, err)
	require.NoError(t, parent.Start())
	t.Cleanup(func() { _ = parent.Process.Kill(); _ = parent.Wait() })

	line, err := bufio.NewReader(stdout).ReadString('\n')
	require.NoError(t, err)
	pid, err := strconv.Atoi(strings.TrimSpace(line))
	require.NoError(t, err, "sh printed %q", line)
	t.Cleanup(func() { _ = syscall.Kill(pid, syscall.SIGKILL) }) // if the test fails

	// The server's stderr, line by line, until it closes: when the server
	// (the last process that holds it) has exited.
	lines := make(chan string, 64)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			lines <- sc.Text()
		}
		_, _ = io.Copy(io.Discard, stderr)
	}()
	url := ""
	for url == "" {
		select {
		case l, ok := <-lines:
			require.True(t, ok, "the server ended before serving")
			if u, found := strings.CutPrefix(l, "site: serving "); found {
				url, _, _ = strings.Cut(u, " ")
			}
		case <-time.After(time.Minute): // a broken server, not a speed
			t.Fatal("the server did not start")
		}
	}
	res, err := http.Get(url)
	require.NoError(t, err)
	res.Body.Close()
	assert.Equal(t, http.StatusOK, res.StatusCode)

	require.NoError(t, parent.Process.Signal(syscall.SIGTERM))
	var said []string
	for {
		select {
		case l, ok := <-lines:
			if !ok {
				assert.Contains(t, said, "site: stopped: its parent process ended")
				_, err := http.Get(url)
				assert.Error(t, err, "nothing serves %s any more", url)
				return
			}
			said = append(said, l)
		case <-time.After(30 * time.Second): // a server that never stops
			t.Fatalf("the server (pid %d) still runs after its parent was killed; it said %q", pid, said)
		}
	}
}
