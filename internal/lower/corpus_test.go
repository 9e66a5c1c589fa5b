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

var goroutineNumber = regexp.MustCompile(`^goroutine \d+ \[`)

// comparable cuts a transcript for comparison: a crash's traceback keeps its
// lines up to the first goroutine header and the final exit status line;
// frames name files and addresses that differ from run to run, and so does
// the goroutine's number in compiled Go (9 in one run, 21 in the next).
func comparable(transcript string) string {
	lines := strings.Split(strings.TrimRight(transcript, "\n"), "\n")
	for i, l := range lines {
		if goroutineHeader.MatchString(l) {
			out := append([]string{}, lines[:i]...)
			out = append(out, goroutineNumber.ReplaceAllString(l, "goroutine N ["))
			if last := lines[len(lines)-1]; strings.HasPrefix(last, "exit status ") {
				out = append(out, last)
			}
			return strings.Join(out, "\n")
		}
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
			assert.Equal(t, comparable(string(want)), comparable(res.Transcript()))
		})
	}
}

func TestComparable(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a\nb\n", "a\nb"},
		{"x\npanic: boom\n\ngoroutine 1 [running]:\nmain.main()\n\t/tmp/p.go:3 +0x1d\nexit status 2\n", "x\npanic: boom\n\ngoroutine N [running]:\nexit status 2"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, comparable(tt.in))
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
