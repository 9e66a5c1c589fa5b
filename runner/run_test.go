package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/concbook/concurrency/internal/transcript"
)

// gorunDir holds programs shaped like Go by Example's, NAME.go, each with
// NAME.txt, what `go run NAME.go` prints (a transcript: placeholders where
// runs differ, such as paths and program counters), and NAME.stderr, what
// the runner itself says on standard error (nothing if absent). A program's
// comments give its arguments ("// args: a b"), its standard input as a Go
// string ("// stdin: \"x\\n\"") and the engines that run it ("// engines:
// yaegi"; both by default). The test sets GBE_SAMPLE=x in the environment.
const gorunDir = "testdata/gorun"

var gorunFlag = flag.Bool("gorun", false, "also check that the transcripts of testdata/gorun are what go run prints")

// gorunCase is a program of gorunDir and how it is run.
type gorunCase struct {
	name    string
	args    []string
	stdin   string
	engines []string
}

var (
	argsComment    = regexp.MustCompile(`(?m)^// args: (.*)$`)
	stdinComment   = regexp.MustCompile(`(?m)^// stdin: (.*)$`)
	enginesComment = regexp.MustCompile(`(?m)^// engines: (.*)$`)
	exitLine       = regexp.MustCompile(`(?m)^exit status \d+$`)
)

func gorunCases(t *testing.T) []gorunCase {
	files, err := filepath.Glob(filepath.Join(gorunDir, "*.go"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	var cases []gorunCase
	for _, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		c := gorunCase{name: strings.TrimSuffix(filepath.Base(f), ".go"), engines: []string{"yaegi", "go"}}
		if m := argsComment.FindSubmatch(src); m != nil {
			c.args = strings.Fields(string(m[1]))
		}
		if m := stdinComment.FindSubmatch(src); m != nil {
			c.stdin, err = strconv.Unquote(string(m[1]))
			require.NoError(t, err, "%s: stdin", f)
		}
		if m := enginesComment.FindSubmatch(src); m != nil {
			c.engines = strings.Fields(string(m[1]))
		}
		cases = append(cases, c)
	}
	return cases
}

// stdinFile is a file holding s, for a program's standard input.
func stdinFile(t *testing.T, s string) *os.File {
	path := filepath.Join(t.TempDir(), "stdin")
	require.NoError(t, os.WriteFile(path, []byte(s), 0o644))
	f, err := os.Open(path)
	require.NoError(t, err)
	t.Cleanup(func() { f.Close() })
	return f
}

// matchTranscript checks got against the transcript file path.
func matchTranscript(t *testing.T, path, got string) {
	t.Helper()
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	tr, err := transcript.Parse(path, want)
	require.NoError(t, err)
	assert.NoError(t, tr.Match(got), "output:\n%s", got)
}

// `runner run` runs each program as go run does, in the caller's
// directory, with its arguments, environment and standard input, under
// both engines: flags, os.Args, the environment, a line filter, files by
// relative paths, log's positions, panic frames, errors.AsType, embed's
// refusal, children's output on the real clock, signals, syscall.Exec.
func TestRunLikeGoRun(t *testing.T) {
	if testing.Short() {
		t.Skip("runs programs")
	}
	t.Setenv("GBE_SAMPLE", "x")
	cases := gorunCases(t)
	t.Chdir(gorunDir)
	for _, c := range cases {
		for _, eng := range c.engines {
			t.Run(c.name+"/"+eng, func(t *testing.T) {
				var stdout, stderr bytes.Buffer
				args := append([]string{"-engine=" + eng, c.name + ".go"}, c.args...)
				code := runWith(context.Background(), args, stdinFile(t, c.stdin), &stdout, &stderr)
				matchTranscript(t, c.name+".txt", stdout.String())
				wantErr, err := os.ReadFile(c.name + ".stderr")
				if err != nil {
					require.ErrorIs(t, err, os.ErrNotExist)
				}
				assert.Equal(t, string(wantErr), stderr.String())
				// 0 for a program that exited 0, 1 for any other end.
				failed := exitLine.MatchString(stdout.String()) || strings.HasPrefix(string(wantErr), "# command-line-arguments")
				assert.Equal(t, failed, code == 1, "exit code %d", code)
			})
		}
	}
}

// With -gorun, the transcripts are checked against go run itself.
func TestGoRunTranscripts(t *testing.T) {
	if !*gorunFlag {
		t.Skip("checks the transcripts against go run with -gorun")
	}
	t.Setenv("GBE_SAMPLE", "x")
	cases := gorunCases(t)
	t.Chdir(gorunDir)
	for _, c := range cases {
		if _, err := os.Stat(c.name + ".stderr"); err == nil && !strings.Contains(readFile(t, c.name+".stderr"), "on the real clock") {
			continue // the runner refuses it
		}
		t.Run(c.name, func(t *testing.T) {
			cmd := exec.Command("go", append([]string{"run", c.name + ".go"}, c.args...)...)
			cmd.Stdin = strings.NewReader(c.stdin)
			out, _ := cmd.CombinedOutput()
			matchTranscript(t, c.name+".txt", string(out))
		})
	}
}

func readFile(t *testing.T, path string) string {
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return string(b)
}
