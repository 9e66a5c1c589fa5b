package engine

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/concbook/concurrency/internal/transcript"
)

// gorunLines runs testdata/gorun.go under e and returns what it printed,
// split into its report lines and its environment.
func gorunLines(t *testing.T, e *Engine, req Request) (report []string, env []string) {
	t.Helper()
	src, err := os.ReadFile("testdata/gorun.go")
	require.NoError(t, err)
	req.Filename, req.Source = "/book/gorun.go", src
	res, err := e.Run(context.Background(), req)
	require.NoError(t, err)
	require.Equal(t, 0, res.ExitCode, "transcript:\n%s", res.Transcript())
	for _, l := range strings.Split(strings.TrimSuffix(string(res.Output()), "\n"), "\n") {
		if e, ok := strings.CutPrefix(l, "env: "); ok {
			env = append(env, e)
		} else {
			report = append(report, l)
		}
	}
	return report, env
}

// sortedEnviron is os.Environ() sorted, with PWD set to pwd if not "".
func sortedEnviron(pwd string) []string {
	var env []string
	for _, e := range os.Environ() {
		if pwd != "" && strings.HasPrefix(e, "PWD=") {
			continue
		}
		env = append(env, e)
	}
	if pwd != "" {
		env = append(env, "PWD="+pwd)
	}
	sort.Strings(env)
	return env
}

// A program runs as go run runs it: os.Args[0] in a directory shaped like
// the go command's, its arguments, a flag.CommandLine with its own flags
// only, the caller's environment and nothing of the runner's, the standard
// input and working directory it is given. Both engines alike.
func TestRunAsGoRun(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the worker binaries")
	}
	t.Setenv("GORUN_SAMPLE", "from the caller")
	dir := t.TempDir()
	for _, e := range engines {
		t.Run(string(e.Kind()), func(t *testing.T) {
			report, env := gorunLines(t, e, Request{
				Args:  []string{"-n=3", "a", "b"},
				Stdin: strings.NewReader("line 1\nline 2\n"),
				Dir:   dir,
			})
			assert.Equal(t, []string{
				"name: gorun",
				"built like go run: true",
				"n: 3 args: [a b]",
				"flags: [n]",
				`stdin: "line 1\nline 2\n" <nil>`,
				"wd: " + dir,
			}, report)
			assert.Equal(t, sortedEnviron(""), env)
		})
	}
}

// Standard input given as a file is the program's, and the default
// sandbox is an empty input and a fresh directory, with PWD naming it.
func TestRunSandboxAndFileInput(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the worker binaries")
	}
	in := filepath.Join(t.TempDir(), "input")
	require.NoError(t, os.WriteFile(in, []byte("from a file"), 0o644))
	for _, e := range engines {
		t.Run(string(e.Kind()), func(t *testing.T) {
			f, err := os.Open(in)
			require.NoError(t, err)
			defer f.Close()
			report, _ := gorunLines(t, e, Request{Stdin: f, Name: "named"})
			assert.Equal(t, "name: named", report[0])
			assert.Equal(t, `stdin: "from a file" <nil>`, report[4])

			report, env := gorunLines(t, e, Request{})
			assert.Equal(t, `stdin: "" <nil>`, report[4])
			wd := strings.TrimPrefix(report[5], "wd: ")
			assert.Regexp(t, `/concbook-run-\d+/work$`, wd)
			assert.NoDirExists(t, wd, "the run's directory outlived it")
			assert.Equal(t, sortedEnviron(wd), env)
		})
	}
}

// flag's usage message names the program as go run's binary, with the
// program's flags only.
func TestRunFlagUsage(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the worker binaries")
	}
	src, err := os.ReadFile("testdata/gorun.go")
	require.NoError(t, err)
	want, err := os.ReadFile("testdata/gorun-usage.txt")
	require.NoError(t, err)
	tr, err := transcript.Parse("gorun-usage.txt", want)
	require.NoError(t, err)
	for _, e := range engines {
		t.Run(string(e.Kind()), func(t *testing.T) {
			res, err := e.Run(context.Background(), Request{Filename: "gorun.go", Source: src, Args: []string{"-wat"}})
			require.NoError(t, err)
			assert.NoError(t, tr.Match(res.Transcript()), "transcript:\n%s", res.Transcript())
		})
	}
}

// os.Args[0] runs the program again, and a program that starts processes
// is refused on the virtual clock, at its import of os/exec.
func TestRunReexec(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the worker binaries")
	}
	src, err := os.ReadFile("testdata/reexec.go")
	require.NoError(t, err)
	for _, e := range engines {
		t.Run(string(e.Kind()), func(t *testing.T) {
			res, err := e.Run(context.Background(), Request{Filename: "reexec.go", Source: src, Clock: ClockReal})
			require.NoError(t, err)
			assert.Equal(t, "parent: \"child: reexec [x y]\\n\" <nil>\n", res.Transcript())

			_, err = e.Run(context.Background(), Request{Filename: "reexec.go", Source: src})
			var ce *CompileError
			require.ErrorAs(t, err, &ce)
			assert.Equal(t, "reexec.go:6:2: the program starts processes (it imports os/exec) and asks for the virtual clock, "+
				"on which waiting for a child's output looks like a deadlock: run it on the real clock (clock=real on its fence, -clock=real for runner run)", ce.Msg)
		})
	}
}

func TestStartsProcesses(t *testing.T) {
	tests := []struct {
		src, how string
		line     int
	}{
		{"package main\n\nimport \"os/exec\"\n\nfunc main() { exec.Command(\"true\").Run() }\n", "imports os/exec", 3},
		{"package main\n\nimport \"os\"\n\nfunc main() {\n\tos.StartProcess(\"/bin/true\", nil, &os.ProcAttr{})\n}\n", "calls os.StartProcess", 6},
		{"package main\n\nimport sys \"syscall\"\n\nfunc main() {\n\tsys.Exec(\"/bin/true\", nil, nil)\n}\n", "calls syscall.Exec", 6},
		{"package main\n\nimport \"os\"\n\nfunc main() { os.Exit(0) }\n", "", 0},
		{"package main\n\nfunc main() { syscall.Exec() }\n", "", 0}, // not the package syscall
	}
	for _, tt := range tests {
		pos, how, ok := StartsProcesses(Request{Filename: "p.go", Source: []byte(tt.src)})
		assert.Equal(t, tt.how != "", ok, tt.src)
		assert.Equal(t, tt.how, how, tt.src)
		assert.Equal(t, tt.line, pos.Line, tt.src)
	}
}

func TestCompilerMessages(t *testing.T) {
	out := "# concbookprogram\n../src/prog.go:4:2: declared and not used: x\nchapters/01.md:9:1: undefined: y // a/../b\n"
	assert.Equal(t, "/tmp/src/prog.go:4:2: declared and not used: x\nchapters/01.md:9:1: undefined: y // a/../b", compilerMessages([]byte(out), "/tmp/concbook-build-1"))
}
