package main

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/concbook/concurrency/internal/golden"
)

// elapsed and testTime match go test's durations, which vary between runs.
var (
	elapsed  = regexp.MustCompile(`(?m)\t\d+\.\d+s$`)
	testTime = regexp.MustCompile(`\(\d+\.\d+s\)`)
)

// A real go test run of a module with a passing, a failing, a skipped test,
// a skipped subtest and a package that does not build.
func TestRun(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go test")
	}
	var stdout, stderr bytes.Buffer
	code := run([]string{"-p", "1", "./..."}, "testdata/demo", &stdout, &stderr)
	assert.Equal(t, 1, code)
	assert.Empty(t, stderr.String())
	got := elapsed.ReplaceAllString(testTime.ReplaceAllString(stdout.String(), "(T)"), "\t(T)")
	golden.Assert(t, "demo.golden", got)
}

func TestSummarize(t *testing.T) {
	tests := []struct {
		name, events, want string
		failed             bool
	}{
		{"all pass", `{"Action":"start","Package":"p"}
{"Action":"run","Package":"p","Test":"TestA"}
{"Action":"output","Package":"p","Test":"TestA","Output":"=== RUN   TestA\n"}
{"Action":"output","Package":"p","Test":"TestA","Output":"--- PASS: TestA (0.00s)\n"}
{"Action":"pass","Package":"p","Test":"TestA"}
{"Action":"output","Package":"p","Output":"PASS\n"}
{"Action":"output","Package":"p","Output":"ok  \tp\t0.1s\n"}
{"Action":"pass","Package":"p"}
{"Action":"output","Package":"q","Output":"?   \tq\t[no test files]\n"}
{"Action":"skip","Package":"q"}
`, "ok  \tp\t0.1s\n?   \tq\t[no test files]\nok: 1 passed, 0 failed, 0 skipped, in 2 packages\n", false},
		{"a crash leaves a test without its end", `{"Action":"run","Package":"p","Test":"TestA"}
{"Action":"output","Package":"p","Test":"TestA","Output":"=== RUN   TestA\n"}
{"Action":"output","Package":"p","Test":"TestA","Output":"panic: boom\n"}
{"Action":"output","Package":"p","Output":"FAIL\tp\t0.1s\n"}
{"Action":"fail","Package":"p"}
`, "FAIL\tp\t0.1s\npanic: boom\nFAIL: 0 passed, 0 failed, 0 skipped, in 1 packages; 1 packages failed\n", true},
		{"not an event", "go: warning: something\n", "go: warning: something\nok: 0 passed, 0 failed, 0 skipped, in 0 packages\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			s := newSummary(&out)
			assert.NoError(t, s.read(strings.NewReader(tt.events)))
			assert.Equal(t, tt.failed, s.finish())
			assert.Equal(t, tt.want, out.String())
		})
	}
}
