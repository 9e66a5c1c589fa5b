package playbuild

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/concbook/concurrency/internal/engine"
)

// needNode skips a test where node is not installed.
func needNode(t *testing.T) string {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed: the worker's tests need it")
	}
	return node
}

// TestFrameDecoder runs js/frames_test.js.
func TestFrameDecoder(t *testing.T) {
	node := needNode(t)
	out, err := exec.Command(node, filepath.Join("js", "frames_test.js")).CombinedOutput()
	require.NoError(t, err, "%s", out)
	assert.Equal(t, "ok\n", string(out))
}

// message is one message the worker posted, as js/nodeworker.js prints it.
type message struct {
	Type     string  `json:"type"`
	Text     string  `json:"text"`
	At       float64 `json:"at"`
	ExitCode int     `json:"exitCode"`
	Verdict  string  `json:"verdict"`
	Report   string  `json:"report"`
	Output   string  `json:"output"`
	Capped   bool    `json:"capped"`
	Message  string  `json:"message"`
}

type run struct {
	Type       string `json:"type"`
	Name       string `json:"name"`
	Source     string `json:"source"`
	Transcript string `json:"transcript"`
}

// runInNode runs the requests in the worker, in node, with the wasm built
// from this module, and returns each run's messages.
func runInNode(t *testing.T, runs []run) [][]message {
	node := needNode(t)
	wasm, err := BuildWasm(engine.ModuleRoot(), "")
	require.NoError(t, err)
	goroot, err := goRoot()
	require.NoError(t, err)
	dir := t.TempDir()
	require.NoError(t, os.Symlink(wasm, filepath.Join(dir, "runner.wasm")))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "worker.js"), workerJS, 0o644))
	execJS, err := os.ReadFile(filepath.Join(goroot, "lib", "wasm", "wasm_exec.js"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "wasm_exec.js"), execJS, 0o644))

	for i := range runs {
		runs[i].Type = "run"
	}
	in, err := json.Marshal(runs)
	require.NoError(t, err)
	cmd := exec.Command(node, filepath.Join("js", "nodeworker.js"), dir)
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	require.NoError(t, err, "node: %s", stderr.String())

	var all [][]message
	var cur []message
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var m message
		require.NoError(t, json.Unmarshal(sc.Bytes(), &m), sc.Text())
		if m.Type == "ready" {
			continue
		}
		cur = append(cur, m)
		if m.Type == "done" || m.Type == "error" {
			all = append(all, cur)
			cur = nil
		}
	}
	require.Len(t, all, len(runs))
	return all
}

// done is a run's last message, which must be "done".
func done(t *testing.T, ms []message) message {
	last := ms[len(ms)-1]
	require.Equal(t, "done", last.Type, "%+v", last)
	return last
}

// TestWorkerInNode runs programs through play/worker.js and the wasm: on
// the virtual clock, with the runtime's deadlock and panic messages and
// exit statuses, refusals and the transcript matcher's verdicts.
func TestWorkerInNode(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the page runner")
	}
	const sleeps = `package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	done := make(chan int)
	for i := 1; i <= 3; i++ {
		go func() {
			time.Sleep(time.Duration(i) * time.Second)
			done <- i
		}()
	}
	for range 3 {
		n := <-done
		fmt.Println("got", n, "at", time.Since(start))
	}
	fmt.Println(time.Now().UTC())
}
`
	runs := []run{
		{Name: "t/hello", Source: "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hello, world\")\n}\n", Transcript: "hello, world\n"},
		{Name: "t/sleeps", Source: sleeps, Transcript: "got 1 at 1s\ngot 2 at 2s\ngot 3 at 3s\n2009-11-10 23:00:03 +0000 UTC\n"},
		{Name: "t/deadlock", Source: "package main\n\nfunc main() {\n\tch := make(chan int)\n\t<-ch\n}\n",
			Transcript: "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\nexit status 2\n"},
		{Name: "t/panic", Source: "package main\n\nimport \"time\"\n\nfunc main() {\n\tgo func() {\n\t\tpanic(\"boom\")\n\t}()\n\ttime.Sleep(time.Second)\n}\n"},
		{Name: "t/mismatch", Source: "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"edited\")\n}\n", Transcript: "hello, world\n"},
		{Name: "t/http", Source: "package main\n\nimport \"net/http\"\n\nfunc main() {\n\thttp.Get(\"x\")\n}\n"},
		{Name: "t/unused", Source: "package main\n\nfunc main() {\n\tx := 1\n}\n"},
		{Name: "t/exit", Source: "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tfmt.Fprintln(os.Stderr, \"bye\")\n\tos.Exit(3)\n}\n"},
	}
	got := runInNode(t, runs)

	d := done(t, got[0])
	assert.Equal(t, "match", d.Verdict)
	assert.Equal(t, 0, d.ExitCode)
	assert.Equal(t, []message{{Type: "output", Text: "hello, world\n"}}, got[0][:1])

	d = done(t, got[1])
	assert.Equal(t, "match", d.Verdict, d.Report)
	var outs []message
	for _, m := range got[1] {
		if m.Type == "output" {
			outs = append(outs, m)
		}
	}
	assert.Equal(t, []message{
		{Type: "output", Text: "got 1 at 1s\n", At: 1e9},
		{Type: "output", Text: "got 2 at 2s\n", At: 2e9},
		{Type: "output", Text: "got 3 at 3s\n", At: 3e9},
		{Type: "output", Text: "2009-11-10 23:00:03 +0000 UTC\n", At: 3e9},
	}, outs)

	d = done(t, got[2])
	assert.Equal(t, 2, d.ExitCode)
	assert.Equal(t, "match", d.Verdict, d.Report)
	assert.True(t, strings.HasPrefix(d.Output, "fatal error: all goroutines are asleep - deadlock!\n"), d.Output)

	d = done(t, got[3])
	assert.Equal(t, 2, d.ExitCode)
	assert.Equal(t, "none", d.Verdict)
	assert.True(t, strings.HasPrefix(d.Output, "panic: boom\n\ngoroutine "), d.Output)
	assert.True(t, strings.HasSuffix(d.Output, "exit status 2\n"), d.Output)

	d = done(t, got[4])
	assert.Equal(t, "mismatch", d.Verdict)
	assert.Contains(t, d.Report, "expected/t/mismatch.txt:1")

	d = done(t, got[5])
	assert.Equal(t, 1, d.ExitCode)
	assert.Equal(t, "prog.go:3:8: package net/http is not available in the page; run it with go run\nexit status 1\n", d.Output)

	d = done(t, got[6])
	assert.Equal(t, 1, d.ExitCode)
	assert.Equal(t, "prog.go:4:2: declared and not used: x\nexit status 1\n", d.Output)

	d = done(t, got[7])
	assert.Equal(t, 3, d.ExitCode)
	assert.Equal(t, "bye\nexit status 3\n", d.Output)
}
