package lower_test

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
)

// corpusDir holds one program per divergence between yaegi and Go 1.26 or
// per concurrency idiom, NAME.go, with NAME.txt, what `go run NAME.go`
// prints with Go 1.26 (stdout and stderr merged, then "exit status N").
// Each runs on the clock `runner run` chooses for it: the virtual clock,
// or the real one for a program that starts processes.
const corpusDir = "../../runner/testdata/corpus"

// knownDivergences are corpus programs the runner still prints otherwise,
// and why; they are skipped, not hidden.
var knownDivergences = map[string]string{}

// goroutineHeader is the first line of a goroutine in a traceback.
var goroutineHeader = regexp.MustCompile(`^goroutine \d+ \[[^\]]*\]:$`)

var goroutineNumber = regexp.MustCompile(`goroutine \d+\b`)

// frameFile is a frame's second line: its file and line, and for a frame
// Go did not inline its program counter offset.
var frameFile = regexp.MustCompile(`^\t(\S+):(\d+)(?: \+0x[0-9a-f]+)?$`)

// frameArgs is a frame's arguments, which name the compiled program's
// words (0xc000012345), or (...) for a call Go inlined.
var frameArgs = regexp.MustCompile(`\(.*\)$`)

// comparable cuts a transcript for comparison: a crash's traceback keeps
// its first lines, each goroutine's header and the frames in the
// program's file (file, by its base name), each without its arguments and
// program counter offset, and the final exit status line; the number of a
// goroutine varies in compiled Go (9 in one run, 21 in the next). A fatal
// error's traceback (a deadlock) keeps no frames: it is the Go runtime's,
// which shows the interpreter's, not the program's (README, Limits).
func comparable(transcript, file string) string {
	lines := strings.Split(strings.TrimRight(transcript, "\n"), "\n")
	for i, l := range lines {
		if !goroutineHeader.MatchString(l) {
			continue
		}
		if i >= 2 && strings.HasPrefix(lines[i-2], "fatal error: ") {
			file = "" // no frame is in it
		}
		out := append([]string{}, lines[:i]...)
		last := len(lines)
		if strings.HasPrefix(lines[last-1], "exit status ") {
			last--
		}
		for j := i; j < last; j++ {
			l := lines[j]
			switch m := frameFile.FindStringSubmatch(l); {
			case goroutineHeader.MatchString(l):
				out = append(out, goroutineNumber.ReplaceAllString(l, "goroutine N"))
			case m != nil && j > i && file != "" && filepath.Base(m[1]) == file:
				fn := goroutineNumber.ReplaceAllString(frameArgs.ReplaceAllString(lines[j-1], ""), "goroutine N")
				out = append(out, fn, "\t"+file+":"+m[2])
			}
		}
		if last < len(lines) {
			out = append(out, lines[last])
		}
		return strings.Join(out, "\n")
	}
	return strings.Join(lines, "\n")
}

func TestCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("runs every corpus program in a worker")
	}
	progs, err := filepath.Glob(filepath.Join(corpusDir, "*.go"))
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(progs), 40)
	for _, kind := range []engine.Kind{engine.Yaegi, engine.Go} {
		t.Run(string(kind), func(t *testing.T) { testCorpus(t, engine.NewKind(kind, engine.ModuleRoot(), ""), progs) })
	}
}

// testCorpus runs every corpus program under e.
func testCorpus(t *testing.T, e *engine.Engine, progs []string) {
	if e.Kind() == engine.Go {
		var reqs []engine.Request
		for _, prog := range progs {
			src, err := os.ReadFile(prog)
			require.NoError(t, err)
			req := engine.Request{Filename: filepath.Base(prog), Source: src}
			req.Clock = engine.DefaultClock(req)
			reqs = append(reqs, req)
		}
		require.NoError(t, e.Prebuild(reqs))
	}
	for _, prog := range progs {
		name := strings.TrimSuffix(filepath.Base(prog), ".go")
		t.Run(name, func(t *testing.T) {
			if why, ok := knownDivergences[name]; ok && e.Kind() == engine.Yaegi {
				t.Skip(why)
			}
			src, err := os.ReadFile(prog)
			require.NoError(t, err)
			want, err := os.ReadFile(filepath.Join(corpusDir, name+".txt"))
			require.NoError(t, err)
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			req := engine.Request{Filename: name + ".go", Source: src}
			req.Clock = engine.DefaultClock(req) // as runner run chooses it
			res, err := e.Run(ctx, req)
			require.NoError(t, err)
			assert.Equal(t, comparable(string(want), name+".go"), comparable(res.Transcript(), name+".go"))
		})
	}
}

func TestComparable(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a\nb\n", "a\nb"},
		{"x\npanic: boom\n\ngoroutine 1 [running]:\nmain.main()\n\t/tmp/p.go:3 +0x1d\nexit status 2\n", "x\npanic: boom\n\ngoroutine N [running]:\nmain.main\n\tp.go:3\nexit status 2"},
		{"panic: boom\n\ngoroutine 7 [running]:\nmain.f(0xc00001, 0x2?)\n\t/tmp/p.go:5 +0x1d\nruntime.gopanic()\n\t/go/src/runtime/panic.go:9 +0x2\ncreated by main.main in goroutine 1\n\tp.go:9 +0x0\nexit status 2\n",
			"panic: boom\n\ngoroutine N [running]:\nmain.f\n\tp.go:5\ncreated by main.main in goroutine N\n\tp.go:9\nexit status 2"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, comparable(tt.in, "p.go"))
	}
}

// refusalsDir holds valid programs the runner refuses, NAME.go, with
// NAME.txt, the start of the refusal: a construct it cannot run as Go
// does, refused at compile time rather than run wrongly.
const refusalsDir = "../../runner/testdata/refusals"

func TestRefusals(t *testing.T) {
	if testing.Short() {
		t.Skip("runs every refused program in a worker")
	}
	progs, err := filepath.Glob(filepath.Join(refusalsDir, "*.go"))
	require.NoError(t, err)
	require.NotEmpty(t, progs)
	e := engine.NewKind(engine.Yaegi, engine.ModuleRoot(), "")
	for _, prog := range progs {
		name := filepath.Base(prog)
		t.Run(strings.TrimSuffix(name, ".go"), func(t *testing.T) {
			src, err := os.ReadFile(prog)
			require.NoError(t, err)
			want, err := os.ReadFile(strings.TrimSuffix(prog, ".go") + ".txt")
			require.NoError(t, err)
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			_, err = e.Run(ctx, engine.Request{Filename: name, Source: src})
			var ce *engine.CompileError
			require.ErrorAs(t, err, &ce)
			assert.True(t, strings.HasPrefix(ce.Msg, strings.TrimSpace(string(want))), "refusal %q, want it to start with %q", ce.Msg, want)
		})
	}
}
