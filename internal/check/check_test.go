package check

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
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
	src := "# T\n\n```go name=p\npackage main\n\nfunc main() {\n  x := 1\n\t_ = x\n}\n```\n"
	root := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(root, "chapters"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(root, "chapters", "01-t.md"), []byte(src), 0o644))
	_, got := collect(t, Options{Root: root, Engines: []Engine{{"go", fakeRunner{map[int]string{}}}}})
	assert.Contains(t, got["t/p"].Problems, "chapters/01-t.md:7:1: program is not gofmt-formatted; gofmt writes this line as \"\\tx := 1\"")
}
