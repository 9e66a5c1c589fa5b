package check

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/concbook/concurrency/internal/engine"
)

// fakeRunner runs nothing: it answers each program with the output its map
// gives for the Markdown line where the program's code starts (read from the
// //line directive, as the unit book's programs all have the same code).
type fakeRunner struct {
	outputs map[int]string
}

var lineDirective = regexp.MustCompile(`^//line [^:]+:(\d+):1`)

func (f fakeRunner) Run(ctx context.Context, req engine.Request) (*engine.Result, error) {
	line, _ := strconv.Atoi(string(lineDirective.FindSubmatch(req.Source)[1]))
	return &engine.Result{Writes: []engine.Write{{Data: []byte(f.outputs[line])}}}, nil
}

// The unit book's programs start their code on lines 4, 10 and 16.
var (
	yaegiLike = fakeRunner{map[int]string{4: "out\n", 10: "out\n", 16: "new\n"}}
	goLike    = fakeRunner{map[int]string{4: "out\n", 10: "other\n", 16: "new\n"}}
)

func collect(t *testing.T, opt Options) (Summary, map[string]*Outcome) {
	t.Helper()
	got := map[string]*Outcome{}
	sum, err := Check(context.Background(), opt, func(o *Outcome) { got[o.ID] = o })
	require.NoError(t, err)
	return sum, got
}

func TestCheckEnginesMustAgree(t *testing.T) {
	sum, got := collect(t, Options{Root: "testdata/book", Engines: []Engine{{"yaegi", yaegiLike}, {"go", goLike}}})
	assert.Equal(t, Summary{Passed: 1, Failed: 3}, sum)
	assert.Equal(t, Pass, got["unit/same"].Status)
	// Only the go engine's output differs: its problem names it.
	require.Len(t, got["unit/differs"].Problems, 1)
	assert.True(t, strings.HasPrefix(got["unit/differs"].Problems[0], "[go] expected/unit/differs.txt:1: want \"out\""), got["unit/differs"].Problems[0])
	// Both engines lack the transcript alike: one problem, untagged.
	assert.Equal(t, []string{"expected/unit/fresh.txt: no transcript; its output is below (write it with -update, then review it)"}, got["unit/fresh"].Problems)
	assert.Equal(t, "new\n", got["unit/fresh"].Output)
	assert.Equal(t, Fail, got["unit/orphan"].Status)
}

func TestCheckRunSelects(t *testing.T) {
	sum, got := collect(t, Options{Root: "testdata/book", Run: regexp.MustCompile(`same`), Engines: []Engine{{"yaegi", yaegiLike}}})
	assert.Equal(t, Summary{Passed: 1}, sum)
	assert.Len(t, got, 1, "-run selects orphans too")
}

func TestCheckUpdateWritesAtomically(t *testing.T) {
	root := t.TempDir()
	require.NoError(t, os.CopyFS(root, os.DirFS("testdata/book")))
	sum, got := collect(t, Options{Root: root, Update: true, Engines: []Engine{{"go", goLike}}})
	assert.Equal(t, Summary{Passed: 3, Failed: 1}, sum, "only the orphan still fails")
	assert.Equal(t, "expected/unit/differs.txt", got["unit/differs"].Updated)
	for name, want := range map[string]string{"same": "out\n", "differs": "other\n", "fresh": "new\n"} {
		b, err := os.ReadFile(filepath.Join(root, "expected/unit", name+".txt"))
		require.NoError(t, err)
		assert.Equal(t, want, string(b), name)
	}
	left, _ := filepath.Glob(filepath.Join(root, "expected/unit/.*"))
	assert.Empty(t, left, "temporary files left behind")
}

func TestGofmtProblems(t *testing.T) {
	for _, tt := range []struct{ name, chapter, problem string }{
		{"segment", "# T\n\n```go name=p\npackage main\n\nfunc main() {\n  x := 1\n\t_ = x\n}\n```\n",
			"chapters/01-t.md:7:1: program is not gofmt-formatted; gofmt writes this line as \"\\tx := 1\""},
		{"joined", "# T\n\n```go name=p\npackage main\n\nfunc main() { f() }\n```\n\nText.\n\n```go name=p\n\nfunc f() {}\n```\n",
			"chapters/01-t.md:12:1: program is not gofmt-formatted once its blocks are joined (the page shows it whole): gofmt changes this line"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			require.NoError(t, os.MkdirAll(filepath.Join(root, "chapters"), 0o755))
			require.NoError(t, os.WriteFile(filepath.Join(root, "chapters", "01-t.md"), []byte(tt.chapter), 0o644))
			_, got := collect(t, Options{Root: root, Engines: []Engine{{"go", fakeRunner{map[int]string{}}}}})
			assert.Contains(t, got["t/p"].Problems, tt.problem)
		})
	}
}

// recordingRunner answers every program with out, or with a compile error
// for a program whose source contains "BROKEN", and records the requests.
type recordingRunner struct {
	out  string
	mu   sync.Mutex
	reqs []engine.Request
}

func (r *recordingRunner) Run(ctx context.Context, req engine.Request) (*engine.Result, error) {
	r.mu.Lock()
	r.reqs = append(r.reqs, req)
	r.mu.Unlock()
	if strings.Contains(string(req.Source), "BROKEN") {
		return nil, &engine.CompileError{Msg: "chapters/01-ex.md:5:2: undefined: BROKEN"}
	}
	if req.CompileOnly {
		return &engine.Result{}, nil
	}
	return &engine.Result{Writes: []engine.Write{{Data: []byte(r.out)}}}, nil
}

// exerciseBook writes a book with one exercise (starter code given) and its
// solution, and the solution's transcript.
func exerciseBook(t *testing.T, starter string) string {
	t.Helper()
	src := "# Ex\n\n```go name=sum exercise\n" + starter + "```\n\n```go name=sum-solution solution=sum\npackage main\n\nfunc main() {}\n```\n"
	root := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(root, "chapters"), 0o755))
	require.NoError(t, os.MkdirAll(filepath.Join(root, "expected", "ex"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(root, "chapters", "01-ex.md"), []byte(src), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(root, "expected", "ex", "sum-solution.txt"), []byte("6\n"), 0o644))
	return root
}

func TestCheckExerciseCompilesOnly(t *testing.T) {
	root := exerciseBook(t, "package main\n\nfunc main() {}\n")
	yaegi, gor := &recordingRunner{out: "6\n"}, &recordingRunner{out: "6\n"}
	sum, got := collect(t, Options{Root: root, Engines: []Engine{{"yaegi", yaegi}, {"go", gor}}})
	assert.Equal(t, Summary{Passed: 2}, sum)
	assert.Equal(t, Pass, got["ex/sum"].Status)
	assert.Equal(t, Pass, got["ex/sum-solution"].Status)
	for _, r := range []*recordingRunner{yaegi, gor} {
		require.Len(t, r.reqs, 2, "each engine compiles the starter and runs the solution")
		compileOnly := map[bool]int{}
		for _, req := range r.reqs {
			compileOnly[req.CompileOnly]++
		}
		assert.Equal(t, map[bool]int{true: 1, false: 1}, compileOnly)
	}
}

func TestCheckExerciseProblems(t *testing.T) {
	t.Run("starter does not compile", func(t *testing.T) {
		root := exerciseBook(t, "package main\n\nfunc main() {\n\tBROKEN()\n}\n")
		sum, got := collect(t, Options{Root: root, Engines: []Engine{{"yaegi", &recordingRunner{out: "6\n"}}, {"go", &recordingRunner{out: "6\n"}}}})
		assert.Equal(t, Summary{Passed: 1, Failed: 1}, sum)
		assert.Equal(t, []string{"chapters/01-ex.md:5:2: undefined: BROKEN"}, got["ex/sum"].Problems)
	})
	t.Run("starter fails in one engine", func(t *testing.T) {
		root := exerciseBook(t, "package main\n\nfunc main() {}\n")
		bad := fakeExit{code: 1, out: "interpreter failed to compile the program\n"}
		_, got := collect(t, Options{Root: root, Engines: []Engine{{"yaegi", bad}, {"go", &recordingRunner{out: "6\n"}}}})
		assert.Equal(t, []string{"[yaegi] chapters/01-ex.md:3: compiling the exercise: interpreter failed to compile the program; exit status 1"}, got["ex/sum"].Problems)
	})
	t.Run("starter not gofmt-formatted", func(t *testing.T) {
		root := exerciseBook(t, "package main\n\nfunc main() {\n  _ = 1\n}\n")
		_, got := collect(t, Options{Root: root, Engines: []Engine{{"go", &recordingRunner{out: "6\n"}}}})
		assert.Equal(t, []string{"chapters/01-ex.md:7:1: program is not gofmt-formatted; gofmt writes this line as \"\\t_ = 1\""}, got["ex/sum"].Problems)
	})
	t.Run("transcript of the starter", func(t *testing.T) {
		root := exerciseBook(t, "package main\n\nfunc main() {}\n")
		require.NoError(t, os.WriteFile(filepath.Join(root, "expected", "ex", "sum.txt"), []byte("6\n"), 0o644))
		sum, got := collect(t, Options{Root: root, Engines: []Engine{{"go", &recordingRunner{out: "6\n"}}}})
		assert.Equal(t, Summary{Passed: 2, Failed: 1}, sum)
		assert.Equal(t, []string{"expected/ex/sum.txt:1: transcript of exercise sum (chapters/01-ex.md:3), which is compiled, never run: its solution has the transcript; delete this file"}, got["ex/sum"].Problems)
	})
	t.Run("update writes no starter transcript", func(t *testing.T) {
		root := exerciseBook(t, "package main\n\nfunc main() {}\n")
		require.NoError(t, os.Remove(filepath.Join(root, "expected", "ex", "sum-solution.txt")))
		sum, _ := collect(t, Options{Root: root, Update: true, Engines: []Engine{{"go", &recordingRunner{out: "6\n"}}}})
		assert.Equal(t, Summary{Passed: 2}, sum)
		files, _ := filepath.Glob(filepath.Join(root, "expected", "ex", "*"))
		assert.Equal(t, []string{filepath.Join(root, "expected", "ex", "sum-solution.txt")}, files)
	})
}

// fakeExit answers every request with an exit status and output, as a
// worker whose compiler failed does.
type fakeExit struct {
	code int
	out  string
}

func (f fakeExit) Run(ctx context.Context, req engine.Request) (*engine.Result, error) {
	return &engine.Result{ExitCode: f.code, Writes: []engine.Write{{Data: []byte(f.out)}}}, nil
}

func TestCheckTestProgramRequest(t *testing.T) {
	src := "# T\n\n```go name=c test\npackage main\n\nimport \"testing\"\n\nfunc TestC(t *testing.T) {}\n```\n\n```go name=p\npackage main\n\nfunc main() {}\n```\n"
	root := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(root, "chapters"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(root, "chapters", "01-t.md"), []byte(src), 0o644))
	r := &recordingRunner{out: "x\n"}
	collect(t, Options{Root: root, Engines: []Engine{{"go", r}}})
	require.Len(t, r.reqs, 2)
	tests := map[bool]int{}
	for _, req := range r.reqs {
		tests[req.Test]++
	}
	assert.Equal(t, map[bool]int{true: 1, false: 1}, tests, "the test program runs as a test, the other as a program")
}
