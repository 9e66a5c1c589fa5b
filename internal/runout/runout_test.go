package runout

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestCleanTraceback(t *testing.T) {
	out := "before\npanic: boom\n\ngoroutine 7 [running]:\ngithub.com/traefik/yaegi/interp.runCfg.func1()\n\t/x/run.go:226 +0x1ae\n\ngoroutine 1 [sleep]:\ntime.Sleep(0x1)\n\t/x/time.go:1 +0x1\n"
	start, tb := CleanTraceback([]byte(out))
	assert.Equal(t, len("before\n"), start)
	assert.Equal(t, "panic: boom\n\ngoroutine 7 [running]:\n\ngoroutine 1 [sleep]:\n", string(tb))
	start, tb = CleanTraceback([]byte("no traceback here\npanic: not really\n"))
	assert.Equal(t, len("no traceback here\npanic: not really\n"), start)
	assert.Nil(t, tb)
}

func TestFormatBytes(t *testing.T) {
	for n, want := range map[int64]string{1 << 20: "1MiB", 1 << 30: "1GiB", 512 << 10: "512KiB", 100: "100B", 1<<20 + 1: "1048577B"} {
		assert.Equal(t, want, FormatBytes(n))
	}
}

func TestTranscript(t *testing.T) {
	for _, c := range []struct {
		out, end, want string
	}{
		{"hi\n", "", "hi\n"},
		{"hi\n", ExitLine(2), "hi\nexit status 2\n"},
		{"no newline", ExitLine(1), "no newline\nexit status 1\n"},
		{"", TimedOut(10 * time.Second), "timed out after 10s\n"},
		{"x", OutputCapped(1 << 20), "x\noutput capped at 1MiB: the rest was dropped\n"},
	} {
		assert.Equal(t, c.want, Transcript([]byte(c.out), c.end))
	}
	assert.Equal(t, "", ExitLine(0))
}
