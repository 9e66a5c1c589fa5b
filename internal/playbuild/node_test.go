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

	"github.com/concbook/concurrency/internal/book"
	"github.com/concbook/concurrency/internal/engine"
	"github.com/concbook/concurrency/internal/play"
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

// TestMemFS runs js/memfs_test.js: the in-memory file system of a run.
func TestMemFS(t *testing.T) {
	node := needNode(t)
	out, err := exec.Command(node, filepath.Join("js", "memfs_test.js")).CombinedOutput()
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
	Test       bool   `json:"test"`
	Lowered    string `json:"lowered,omitempty"`
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
		{Name: "t/dial", Source: "package main\n\nimport \"net\"\n\nfunc main() {\n\tc, _ := net.Pipe()\n\tc.Close()\n\tnet.Dial(\"tcp\", \"example.com:80\")\n}\n"},
	}
	const files = `package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	wd, err := os.Getwd()
	fmt.Println(wd, err)
	entries, err := os.ReadDir(".")
	fmt.Println(len(entries), err)
	check(os.MkdirAll(filepath.Join("a", "b"), 0o755))
	check(os.WriteFile("a/b/hello.txt", []byte("hello, files\n"), 0o644))
	f, err := os.OpenFile("a/b/hello.txt", os.O_APPEND|os.O_WRONLY, 0)
	check(err)
	fmt.Fprintln(f, "and more")
	check(f.Close())
	b, err := os.ReadFile(filepath.Join(wd, "a", "b", "hello.txt"))
	fmt.Printf("%q %v\n", b, err)
	info, err := os.Stat("a/b/hello.txt")
	check(err)
	fmt.Println(info.Name(), info.Size(), info.Mode(), info.IsDir())
	filepath.WalkDir(".", func(path string, d os.DirEntry, err error) error {
		fmt.Println("walk", path, d.IsDir())
		return err
	})
	_, err = os.Open("missing")
	fmt.Println(err)
	fmt.Println(os.Remove("a"))
	tmp, err := os.MkdirTemp("", "x")
	check(err)
	fmt.Println(filepath.Dir(tmp), os.RemoveAll("a"))
}

func check(err error) {
	if err != nil {
		panic(err)
	}
}
`
	runs = append(runs,
		run{Name: "t/files", Source: files, Transcript: `/tmp/run <nil>
0 <nil>
"hello, files\nand more\n" <nil>
hello.txt 22 -rw-r--r-- false
walk . true
walk a true
walk a/b true
walk a/b/hello.txt false
open missing: no such file or directory
remove a: directory not empty
/tmp <nil>
`},
		// A run starts with an empty working directory.
		run{Name: "t/files-again", Source: "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tfmt.Println(os.ReadDir(\".\"))\n}\n", Transcript: "[] <nil>\n"},
	)
	got := runInNode(t, runs)
	for _, i := range []int{9, 10} {
		d := done(t, got[i])
		assert.Equal(t, "match", d.Verdict, "%s: %s\n%s", runs[i].Name, d.Report, d.Output)
	}

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

	d = done(t, got[8])
	assert.Equal(t, 1, d.ExitCode)
	assert.Equal(t, "prog.go:8:6: net.Dial is not available in the page (of package net it has Addr, Conn, ErrClosed, Error, Pipe only); run it with go run\nexit status 1\n", d.Output)
}

// TestTestsInNode runs test programs through play/worker.js as go test -v
// runs them: their positions are the //line directives' (the page gives
// the chapter's lines), a bubble's clock and deadlock are synctest's, and
// a failing test ends with FAIL and exit status 1.
func TestTestsInNode(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the page runner")
	}
	const bubble = `//line chapters/11-testing.md:10:1
package main

import (
	"testing"
	"testing/synctest"
	"time"
)

func TestSleep(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		time.Sleep(time.Hour)
		t.Log("slept", time.Since(start), "until", time.Now().UTC())
	})
}

func TestSub(t *testing.T) {
	for _, name := range []string{"a", "b"} {
		t.Run(name, func(t *testing.T) { t.Logf("in %s", name) })
	}
}
`
	const failing = `package main

import (
	"testing"
	"time"
)

func TestSlowFail(t *testing.T) {
	time.Sleep(1500 * time.Millisecond)
	t.Errorf("got %d, want %d", 1, 2)
}
`
	const leak = `package main

import (
	"testing"
	"testing/synctest"
)

func TestLeak(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ch := make(chan int)
		go func() { ch <- 1 }()
	})
}
`
	runs := []run{
		{Name: "t/bubble", Test: true, Source: bubble, Transcript: `=== RUN   TestSleep
    11-testing.md:22: slept 1h0m0s until 2000-01-01 01:00:00 +0000 UTC
--- PASS: TestSleep (0.00s)
=== RUN   TestSub
=== RUN   TestSub/a
    11-testing.md:28: in a
=== RUN   TestSub/b
    11-testing.md:28: in b
--- PASS: TestSub (0.00s)
    --- PASS: TestSub/a (0.00s)
    --- PASS: TestSub/b (0.00s)
PASS
`},
		{Name: "t/failing", Test: true, Source: failing, Transcript: "=== RUN   TestSlowFail\n    prog.go:10: got 1, want 2\n--- FAIL: TestSlowFail (1.50s)\nFAIL\nexit status 1\n"},
		{Name: "t/leak", Test: true, Source: leak, Transcript: "=== RUN   TestLeak\n--- FAIL: TestLeak (0.00s)\npanic: deadlock: main bubble goroutine has exited but blocked goroutines remain [recovered, repanicked]\n-- skip --\nexit status 2\n"},
		{Name: "t/not-a-test", Source: bubble},
	}
	got := runInNode(t, runs)
	for i, r := range runs[:3] {
		d := done(t, got[i])
		assert.Equal(t, "match", d.Verdict, "%s: %s\n%s", r.Name, d.Report, d.Output)
	}
	d := done(t, got[3])
	assert.Equal(t, 1, d.ExitCode)
	assert.NotContains(t, d.Output, "=== RUN", "run as a program, not as a test")
	assert.Contains(t, d.Output, "function main is undeclared in the main package")
}

// TestFirstRunPreparesInItsInstance: a worker's first run type-checks and
// lowers the program in its run instance (no service instance has started
// yet), and a program that does not compile then gets the compiler's lines
// and exit status 1, as it does on a later run from the service; the run
// after it, and a first run that compiles, are unaffected.
func TestFirstRunPreparesInItsInstance(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the page runner")
	}
	const broken = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(x)\n}\n"
	const want = "prog.go:6:14: undefined: x\nexit status 1\n"
	const hello = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hello, world\")\n}\n"
	got := runInNode(t, []run{
		{Name: "t/broken-first", Source: broken},
		{Name: "t/broken-again", Source: broken},
		{Name: "t/hello", Source: hello, Transcript: "hello, world\n"},
	})
	for i, name := range []string{"first run", "second run"} {
		d := done(t, got[i])
		assert.Equal(t, 1, d.ExitCode, name)
		assert.Equal(t, want, d.Output, name)
		assert.Equal(t, []message{{Type: "output", Text: "prog.go:6:14: undefined: x\n"}}, got[i][:1], name)
	}
	d := done(t, got[2])
	assert.Equal(t, "match", d.Verdict, d.Report)
}

// TestSignalsInNode: a program that sends itself a signal gets it as on
// Linux: on the channels of signal.Notify (the book's graceful shutdown,
// on the virtual clock), ignored after signal.Ignore, or else with the
// signal's default action: the program dies, which go run reports as
// "signal: terminated". A default action the page cannot give is refused.
func TestSignalsInNode(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the page runner")
	}
	const shutdown = `package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	var jobs sync.WaitGroup
	jobs.Go(func() { time.Sleep(time.Second); fmt.Println("job finished") })
	time.AfterFunc(100*time.Millisecond, func() { syscall.Kill(os.Getpid(), syscall.SIGINT) })
	start := time.Now()
	<-ctx.Done()
	fmt.Println(context.Cause(ctx), time.Since(start))
	jobs.Wait()
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGUSR1, syscall.SIGTERM)
	syscall.Kill(0, syscall.SIGTERM)
	s := <-c
	fmt.Println(s, int(s.(syscall.Signal)))
	signal.Ignore(syscall.SIGHUP)
	fmt.Println(syscall.Kill(os.Getpid(), syscall.SIGHUP), syscall.Kill(os.Getpid()+1, syscall.SIGHUP))
	fmt.Println(syscall.Kill(os.Getpid(), syscall.SIGCHLD))
}
`
	const dies = "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\t\"syscall\"\n)\n\nfunc main() {\n\tfmt.Println(\"before\")\n\tsyscall.Kill(os.Getpid(), syscall.SIGTERM)\n\tfmt.Println(\"after\")\n}\n"
	const quits = "package main\n\nimport (\n\t\"os\"\n\t\"syscall\"\n)\n\nfunc main() {\n\tsyscall.Kill(os.Getpid(), syscall.SIGQUIT)\n}\n"
	got := runInNode(t, []run{
		{Name: "t/shutdown", Source: shutdown, Transcript: "interrupt signal received 100ms\njob finished\nterminated 15\n<nil> no such process\n<nil>\n"},
		{Name: "t/dies", Source: dies, Transcript: "before\nsignal: terminated\n"},
		{Name: "t/quits", Source: quits},
	})
	d := done(t, got[0])
	assert.Equal(t, "match", d.Verdict, "%s\n%s", d.Report, d.Output)
	d = done(t, got[1])
	assert.Equal(t, "match", d.Verdict, "%s\n%s", d.Report, d.Output)
	assert.Equal(t, "before\nsignal: terminated\n", d.Output)
	d = done(t, got[2])
	assert.Equal(t, 2, d.ExitCode)
	assert.True(t, strings.HasPrefix(d.Output, "panic: unsupported: the page cannot give SIGQUIT its default action: run the program with go run\n"), d.Output)
}

// TestLoweredAheadIsThePages: every program the site build lowers ahead
// (Lowerer, natively) is lowered as the page's service lowers it, byte for
// byte: the page runs it as it is.
func TestLoweredAheadIsThePages(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the page runner")
	}
	node := needNode(t)
	root := engine.ModuleRoot()
	bk, err := book.Load(root)
	require.NoError(t, err)
	lw, err := NewLowerer(root)
	require.NoError(t, err)
	defer lw.Close()
	var sources []string
	var want []string
	for _, p := range bk.Programs() {
		if ok, _ := play.Runnable(p); !ok || p.Test {
			continue
		}
		lowered, err := lw.Lower([]byte(p.Code()))
		require.NoError(t, err, p.ID())
		sources = append(sources, p.Code())
		want = append(want, string(lowered))
	}
	require.Greater(t, len(sources), 100)

	wasm, err := BuildWasm(root, "")
	require.NoError(t, err)
	goroot, err := goRoot()
	require.NoError(t, err)
	in, err := json.Marshal(sources)
	require.NoError(t, err)
	cmd := exec.Command(node, filepath.Join("js", "prepare_test.js"), filepath.Join(goroot, "lib", "wasm", "wasm_exec.js"), wasm)
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	require.NoError(t, err, "node: %s", stderr.String())
	var got []struct{ Source, CompileError, Error string }
	require.NoError(t, json.Unmarshal(out, &got))
	require.Len(t, got, len(sources))
	for i := range got {
		require.Empty(t, got[i].CompileError+got[i].Error, "program %d", i)
		assert.Equal(t, want[i], got[i].Source, "program %d:\n%s", i, sources[i])
	}
}

// TestLoweredFirstRun: a worker's first run of a program lowered ahead
// (the page sends it as lowered) runs it as it is, and its verdict is the
// program's.
func TestLoweredFirstRun(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the page runner")
	}
	lw, err := NewLowerer(engine.ModuleRoot())
	require.NoError(t, err)
	defer lw.Close()
	const hello = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hello, world\")\n\tpanic(\"boom\")\n}\n"
	lowered, err := lw.Lower([]byte(hello))
	require.NoError(t, err)
	got := runInNode(t, []run{
		{Name: "t/lowered", Source: hello, Lowered: string(lowered), Transcript: "hello, world\npanic: boom\n\ngoroutine 1 [running]:\n-- skip --\nexit status 2\n"},
		{Name: "t/lowered-again", Source: hello, Lowered: string(lowered), Transcript: "hello, world\npanic: boom\n\ngoroutine 1 [running]:\n-- skip --\nexit status 2\n"},
	})
	for i := range got {
		d := done(t, got[i])
		assert.Equal(t, "match", d.Verdict, "%s\n%s", d.Report, d.Output)
		assert.Contains(t, d.Output, "main.main()\n\tprog.go:7 +0x0\n", "the traceback names the page's file and line")
	}
}
