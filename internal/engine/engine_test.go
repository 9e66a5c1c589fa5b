package engine

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/concbook/concurrency/internal/transcript"
)

// The engines are shared by the tests: binaries are built once.
var (
	testEngine = New(ModuleRoot(), "")
	goEngine   = NewKind(Go, ModuleRoot(), "")
	engines    = []*Engine{testEngine, goEngine}
)

func runFile(t *testing.T, e *Engine, name string, clock Clock, lim Limits) *Result {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", name+".go"))
	require.NoError(t, err)
	res, err := e.Run(context.Background(), Request{Filename: name + ".go", Source: src, Clock: clock, Limits: lim})
	require.NoError(t, err)
	return res
}

// runCase is a program of testdata/ and what its run must give.
type runCase struct {
	name    string
	clock   Clock
	limits  Limits
	exit    int
	limit   Limit
	virtual time.Duration // the virtual time of the last write, if set
}

func TestRun(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the worker binaries")
	}
	tests := []runCase{
		{name: "sleep10", virtual: 4 * time.Second},
		{name: "mutex", virtual: 500 * time.Millisecond},
		{name: "chandeadlock", exit: 2},
		{name: "abba", exit: 2},
		{name: "gopanic", exit: 2},
		{name: "exit3", exit: 3},
		{name: "endless", limits: Limits{Timeout: time.Second}, limit: TimedOut, exit: -1, clock: ClockReal},
		{name: "alloc", limits: Limits{Memory: 256 << 20}, limit: OutOfMemory, exit: -1},
	}
	for _, e := range engines {
		for _, tt := range tests {
			t.Run(string(e.Kind())+"/"+tt.name, func(t *testing.T) {
				t.Parallel()
				testRun(t, e, tt)
			})
		}
	}
}

func testRun(t *testing.T, e *Engine, tt runCase) {
	res := runFile(t, e, tt.name, tt.clock, tt.limits)
	want, err := os.ReadFile(filepath.Join("testdata", tt.name+".txt"))
	require.NoError(t, err)
	tr, err := transcript.Parse(tt.name+".txt", want)
	require.NoError(t, err)
	got := res.Transcript()
	assert.NoError(t, tr.Match(got), "transcript:\n%s", got)
	assert.Equal(t, tt.exit, res.ExitCode)
	assert.Equal(t, tt.limit, res.Limit)
	assert.NotContains(t, got, "yaegi", "interpreter frames reach the output")
	assert.NotContains(t, got, "reflect.", "interpreter frames reach the output")
	if tt.virtual > 0 {
		// The virtual clock's time, exact; that its sleeps cost no wall
		// time is measured by BenchmarkRunSleep10 (make bench), not
		// asserted here, on a machine that may be loaded.
		assert.Equal(t, tt.virtual, res.Virtual)
	}
}

func TestRunKillsChildren(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the worker binaries")
	}
	for _, e := range engines {
		t.Run(string(e.Kind()), func(t *testing.T) { testKillsChildren(t, e) })
	}
}

func testKillsChildren(t *testing.T, e *Engine) {
	res := runFile(t, e, "endless", ClockReal, Limits{Timeout: time.Second})
	require.Equal(t, TimedOut, res.Limit)
	first := strings.SplitN(string(res.Output()), "\n", 2)[0]
	pid, err := strconv.Atoi(strings.TrimPrefix(first, "child "))
	require.NoError(t, err, "output: %q", res.Output())
	// The child is gone: no such process, or at most a zombie waiting for
	// init to reap it.
	err = syscall.Kill(pid, 0)
	if err == nil {
		stat, _ := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
		assert.Contains(t, string(stat), ") Z ", "child %d still running", pid)
	}
}

// A grandchild that left the group, the session and the environment behind
// is still killed: the runner is its subreaper.
func TestRunReapsEscapedOrphans(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the worker binaries")
	}
	for _, e := range engines {
		t.Run(string(e.Kind()), func(t *testing.T) {
			res := runFile(t, e, "escape", ClockReal, Limits{})
			require.Equal(t, "the child escaped\n", res.Transcript())
			assert.Empty(t, sleeping("4545"), "the escaped grandchild outlived its run")
		})
	}
}

// sleeping lists the live `sleep ARG` processes.
func sleeping(arg string) []int {
	var pids []int
	dirs, _ := filepath.Glob("/proc/[0-9]*")
	for _, d := range dirs {
		cmdline, _ := os.ReadFile(d + "/cmdline")
		stat, _ := os.ReadFile(d + "/stat")
		if string(cmdline) == "sleep\x00"+arg+"\x00" && !strings.Contains(string(stat), ") Z ") {
			pid, _ := strconv.Atoi(filepath.Base(d))
			pids = append(pids, pid)
		}
	}
	return pids
}

func TestRunCapsOutput(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the worker binaries")
	}
	res := runFile(t, testEngine, "flood", ClockVirtual, Limits{})
	assert.Equal(t, OutputCapped, res.Limit)
	assert.Len(t, res.Output(), DefaultOutput)
	assert.True(t, strings.HasSuffix(res.Transcript(), "\noutput capped at 1MiB: the rest was dropped\n"))
}

func TestRunCompileError(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the worker binaries")
	}
	src, err := os.ReadFile("testdata/compileerr.go")
	require.NoError(t, err)
	_, err = testEngine.Run(context.Background(), Request{Filename: "compileerr.go", Source: src})
	var ce *CompileError
	require.ErrorAs(t, err, &ce)
	assert.Contains(t, ce.Msg, "compileerr.go:4:")
	assert.Contains(t, ce.Msg, "undefined")
}

func TestRunCancelled(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the worker binaries")
	}
	src, err := os.ReadFile("testdata/endless.go")
	require.NoError(t, err)
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	_, err = testEngine.Run(ctx, Request{Filename: "endless.go", Source: src, Clock: ClockReal})
	assert.ErrorIs(t, err, context.DeadlineExceeded)
}

// TestRunTests runs a test program under both engines, as go test -v runs
// it: the same output, exact times on the virtual clock, the lines of the
// calls in t.Log's messages, synctest's bubble.
func TestRunTests(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the worker binaries")
	}
	src, err := os.ReadFile("testdata/tests/counter.go")
	require.NoError(t, err)
	want, err := os.ReadFile("testdata/tests/counter.txt")
	require.NoError(t, err)
	for _, e := range engines {
		t.Run(string(e.Kind()), func(t *testing.T) {
			res, err := e.Run(context.Background(), Request{Filename: "counter.go", Source: src, Test: true})
			require.NoError(t, err)
			assert.Equal(t, string(want), res.Transcript())
			assert.Equal(t, 1, res.ExitCode)
		})
	}
}

// TestCompileOnly compiles without running: no output, status 0, and the
// compile errors of a program that does not compile.
func TestCompileOnly(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the worker binaries")
	}
	for _, e := range engines {
		t.Run(string(e.Kind()), func(t *testing.T) {
			src := []byte("package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"ran\") }\n")
			res, err := e.Run(context.Background(), Request{Filename: "p.go", Source: src, CompileOnly: true})
			require.NoError(t, err)
			assert.Empty(t, res.Transcript())
			_, err = e.Run(context.Background(), Request{Filename: "p.go", Source: []byte("package main\n\nfunc main() { undefinedName() }\n"), CompileOnly: true})
			var ce *CompileError
			require.ErrorAs(t, err, &ce)
			assert.Contains(t, ce.Msg, "p.go:3:15: undefined: undefinedName")
		})
	}
}

// TestChildrenBothWays checks that the children read from
// /proc/self/task are those a scan of every process finds.
func TestChildrenBothWays(t *testing.T) {
	cmd := exec.Command("sleep", "30")
	require.NoError(t, cmd.Start())
	defer func() { cmd.Process.Kill(); cmd.Wait() }()
	assert.Contains(t, children(), cmd.Process.Pid)
	assert.ElementsMatch(t, childrenByScan(), children())
}
