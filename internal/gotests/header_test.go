package gotests

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHeader(t *testing.T) {
	tests := []struct {
		name, src, action string
		builds            bool
	}{
		{"run", "// run\n\n// Copyright\npackage main\n", "run", true},
		{"flags", "// run -gcflags=-l\n\npackage main\n", "run -gcflags=-l", true},
		{"runoutput", "// runoutput\npackage main\n", "runoutput", true},
		{"constraint first", "//go:build linux && amd64\n\n// run\npackage main\n", "run", true},
		{"excluded", "//go:build windows\n\n// run\npackage main\n", "run", false},
		{"experiment", "//go:build goexperiment.aliastypeparams\n// run\n", "run", false},
		{"go version", "//go:build go1.21\n// run\n", "run", true},
		{"no header", "package main\n", "", true},
		{"constraint after", "// run\n\n//go:build aix\n\npackage main\n", "run", false},
		{"constraint in code", "// run\n\npackage main\n//go:build aix\n", "run", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			action, builds := header([]byte(tt.src))
			assert.Equal(t, tt.action, action)
			assert.Equal(t, tt.builds, builds)
		})
	}
}

func TestParseKnown(t *testing.T) {
	known, err := parseKnown("# comment\n\nfinalizer.go\truns finalizers\nchan/x.go  too slow\n")
	require.NoError(t, err)
	assert.Equal(t, map[string]string{"finalizer.go": "runs finalizers", "chan/x.go": "too slow"}, known)
	_, err = parseKnown("lonely.go\n")
	assert.ErrorContains(t, err, "known.txt:1:")
	_, err = parseKnown("a.go x\na.go y\n")
	assert.ErrorContains(t, err, "listed twice")
	_, err = KnownDifferences()
	require.NoError(t, err)
}

func TestJudge(t *testing.T) {
	p := Program{Path: "chan/x.go", Dir: "chan"}
	base := Baseline{Transcript: "ok\n", Passed: true}
	assert.Equal(t, Skipped, judge(p, Baseline{CompileError: "x.go:1:1: bad"}, nil, nil).Verdict)
	withOut := p
	withOut.Out = []byte("other\n")
	assert.Equal(t, Skipped, judge(withOut, base, nil, nil).Verdict, "Go does not print the .out")
	o := judge(p, base, nil, errCompile("x.go:3:4: unsupported: y"))
	assert.Equal(t, Refused, o.Verdict)
	assert.Equal(t, "x.go:3:4: unsupported: y", o.Reason)
	assert.Equal(t, Wrong, judge(p, base, nil, errCompile("interpreter failed to compile the program: x.go:1:2: CFG post-order panic: boom")).Verdict)
	assert.Equal(t, Wrong, judge(p, base, nil, errCompile("x.go:1:2: CFG post-order panic: boom")).Verdict)
	assert.Equal(t, Refused, judge(p, base, nil, errCompile("nil_panics.go:3:4: unsupported: y")).Verdict, "a file named for panics is no crash")
}

func TestDifference(t *testing.T) {
	assert.Equal(t, `line 2: got "c", want "b"`, difference("a\nb\n", "a\nc\n"))
	assert.Equal(t, `line 2: got "", want "b"`, difference("a\nb", "a"))
}

func TestParseDirs(t *testing.T) {
	dirs, err := ParseDirs("chan,ken")
	require.NoError(t, err)
	assert.Equal(t, []string{"chan", "ken"}, dirs)
	dirs, err = ParseDirs("top")
	require.NoError(t, err)
	assert.Equal(t, []string{"."}, dirs)
	_, err = ParseDirs("fixedbugs")
	assert.Error(t, err)
}

func TestFindRealSuite(t *testing.T) {
	progs, err := Find(goroot(t)+"/test", []string{"chan"}, regexp.MustCompile(`^chan/select`))
	require.NoError(t, err)
	require.NotEmpty(t, progs)
	for _, p := range progs {
		assert.Equal(t, "chan", p.Dir)
		assert.Regexp(t, `^chan/select.*\.go$`, p.Path)
	}
}

// A crash's frames differ between compiled Go and the runner; its first
// lines, goroutine headers and exit status are compared.
func TestWithoutFrames(t *testing.T) {
	compiled := "x\npanic: boom\n\ngoroutine 1 [running]:\nmain.main()\n\t/tmp/x.go:3 +0x1d\nexit status 2\n"
	runner := "x\npanic: boom\n\ngoroutine 1 [running]:\nmain.main()\n\t/tmp/x.go:3 +0x0\nexit status 2\n"
	assert.Equal(t, "x\npanic: boom\n\ngoroutine 1 [running]:\nexit status 2\n", withoutFrames(compiled))
	assert.Equal(t, withoutFrames(compiled), withoutFrames(runner))
	assert.NotEqual(t, withoutFrames(compiled), withoutFrames(strings.Replace(runner, "boom", "bang", 1)))
	assert.Equal(t, "a\nb\n", withoutFrames("a\nb\n"))
}
