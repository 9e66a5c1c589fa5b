package timeline

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/concbook/concurrency/internal/engine"
	"github.com/concbook/concurrency/internal/golden"
)

// TestPrograms runs each fixture program under testdata/programs traced,
// checks that tracing did not change what it printed, and compares its
// timeline, as text and as SVG, with the golden files.
func TestPrograms(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs programs")
	}
	files, err := filepath.Glob(filepath.Join("testdata", "programs", "*.go"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	e := engine.NewKind(engine.Go, engine.ModuleRoot(), "")
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".go")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(file)
			require.NoError(t, err)
			req := engine.Request{Filename: file, Source: src, Clock: engine.ClockVirtual}
			plain, err := e.Run(context.Background(), req)
			require.NoError(t, err)
			tl, res, err := Run(context.Background(), e, req, nil)
			require.NoError(t, err)
			// These programs print the same on every run, but for the
			// goroutine numbers in a panic's message, traced or not.
			assert.True(t, sameOutput(plain.Transcript(), res.Transcript()), "tracing changed the output:\n%s\n%s", plain.Transcript(), res.Transcript())
			golden.Assert(t, name+".txt", tl.String())
			if name == "mutex" && golden.Updating() {
				require.NoError(t, os.WriteFile(filepath.Join("testdata", "mutex.trace"), res.Trace, 0o644)) // FuzzBuild's seed
			}
			golden.Assert(t, name+".svg", string(tl.SVG(Options{Standalone: true})))
			assert.LessOrEqual(t, len(tl.SVG(Options{})), 20<<10, "SVG over 20 KB")
		})
	}
}

func TestReaderName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"main.main", "main"},
		{"main.worker", "worker"},
		{"main.main.func1", "main.func1"},
		{"main.main.func2.1", "main.func2.1"},
		{"main.(*Pool).run", "(*Pool).run"},
		{"main.stage[...]", "stage"},
		{"sync.(*WaitGroup).Go.func1", "sync.(*WaitGroup).Go.func1"},
	} {
		assert.Equal(t, tc.want, readerName(tc.in), tc.in)
	}
}

func TestWaitReason(t *testing.T) {
	for _, tc := range []struct {
		reason string
		stack  []string
		want   string
	}{
		{"chan receive", []string{"runtime.chanrecv1", "main.main"}, "chan receive"},
		{"sync", []string{"internal/sync.(*Mutex).lockSlow", "internal/sync.(*Mutex).Lock", "sync.(*Mutex).Lock", "main.worker"}, "sync.Mutex.Lock"},
		{"sync", []string{"sync.runtime_SemacquireWaitGroup", "sync.(*WaitGroup).Wait", "main.main"}, "sync.WaitGroup.Wait"},
		{"", nil, "waiting"},
	} {
		assert.Equal(t, tc.want, waitReason(tc.reason, tc.stack))
	}
}

func TestAxisTicks(t *testing.T) {
	for _, tc := range []struct {
		end  time.Duration
		want string
	}{
		{0, "[0s]"},
		{600 * time.Millisecond, "[0s 100ms 200ms 300ms 400ms 500ms 600ms]"},
		{1500 * time.Millisecond, "[0s 500ms 1s 1.5s]"},
		{3 * time.Second, "[0s 500ms 1s 1.5s 2s 2.5s 3s]"},
		{7 * time.Microsecond, "[0s 2µs 4µs 6µs]"},
	} {
		got := ""
		for i, d := range axisTicks(tc.end) {
			if i > 0 {
				got += " "
			}
			got += d.String()
		}
		assert.Equal(t, tc.want, "["+got+"]", tc.end.String())
	}
}

func TestBuildRefusesNoTrace(t *testing.T) {
	_, err := Build(nil, nil)
	require.ErrorContains(t, err, "no trace")
	_, err = Build([]byte("not a trace"), nil)
	require.ErrorContains(t, err, "read the trace")
}

// goroutineNumber is a goroutine's number in the runtime's messages.
var goroutineNumber = regexp.MustCompile(`(?m)^goroutine \d+ \[`)

// sameOutput compares two transcripts, goroutine numbers in the runtime's
// messages aside.
func sameOutput(a, b string) bool {
	norm := func(s string) string {
		s = goroutineNumber.ReplaceAllString(s, "goroutine N [")
		return pcOffset.ReplaceAllString(s, "")
	}
	return norm(a) == norm(b)
}

// pcOffset is the program counter offset of a traceback's frame, which the
// trace's instrumentation moves.
var pcOffset = regexp.MustCompile(`(?m) \+0x[0-9a-f]+$`)

func TestSameOutput(t *testing.T) {
	assert.True(t, sameOutput("panic: boom\n\ngoroutine 7 [running]:\n", "panic: boom\n\ngoroutine 9 [running]:\n"))
	assert.False(t, sameOutput("got 1\n", "got 2\n"))
	assert.False(t, sameOutput("worker goroutine 7 [x\n", "worker goroutine 9 [x\n"))
	assert.True(t, sameOutput("main.main()\n\tp.go:3 +0x1e\n", "main.main()\n\tp.go:3 +0x3b\n"))
	assert.False(t, sameOutput("main.main()\n\tp.go:3 +0x1e\n", "main.main()\n\tp.go:4 +0x1e\n"))
}

// FuzzBuild feeds Build traces with bytes changed: it returns a Timeline or
// an error, never panics. The seed is the mutex fixture's trace.
func FuzzBuild(f *testing.F) {
	seed, err := os.ReadFile(filepath.Join("testdata", "mutex.trace"))
	require.NoError(f, err)
	f.Add(seed, 3)
	f.Add([]byte("go 1.26 trace\x00\x00\x00"), 0)
	f.Fuzz(func(t *testing.T, data []byte, writes int) {
		ws := make([]engine.Write, min(max(writes, 0), 8))
		for i := range ws {
			ws[i] = engine.Write{At: time.Duration(i) * 100 * time.Millisecond, Data: []byte("line\n")}
		}
		tl, err := Build(data, ws)
		if err == nil {
			_ = tl.SVG(Options{})
			_ = tl.String()
		}
	})
}

func TestTraceable(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println() }\n", ""},
		{"package main\n\nimport (\n\t\"os/exec\"\n)\n\nfunc main() { exec.Command(\"true\").Run() }\n", "not traceable: the program starts processes"},
		{"package main\n\nimport \"runtime/trace\"\n\nfunc main() { _ = trace.IsEnabled() }\n", "not traceable: the program uses runtime/trace itself"},
	} {
		err := traceable(engine.Request{Filename: "p.go", Source: []byte(tc.src)})
		if tc.want == "" {
			assert.NoError(t, err)
			continue
		}
		assert.ErrorIs(t, err, engine.ErrNotTraceable)
		assert.EqualError(t, err, tc.want)
	}
}
