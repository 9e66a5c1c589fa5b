package runout

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestCleanTraceback(t *testing.T) {
	out := "before\npanic: boom\n\ngoroutine 7 [running]:\ngithub.com/traefik/yaegi/interp.runCfg.func1()\n\t/x/run.go:226 +0x1ae\n\ngoroutine 1 [sleep]:\ntime.Sleep(0x1)\n\t/x/time.go:1 +0x1\n"
	start, tb := CleanTraceback([]byte(out), "/src/prog.go")
	assert.Equal(t, len("before\n"), start)
	assert.Equal(t, "panic: boom\n\ngoroutine 7 [running]:\n\ngoroutine 1 [sleep]:\n", string(tb))
	start, tb = CleanTraceback([]byte("no traceback here\npanic: not really\n"), "")
	assert.Equal(t, len("no traceback here\npanic: not really\n"), start)
	assert.Nil(t, tb)
}

// The program's frames stay, with the goroutines' headers and their
// "created by" lines; the runtime's and the standard library's go.
func TestCleanTracebackKeepsProgramFrames(t *testing.T) {
	out := "x\npanic: boom\n\ngoroutine 22 [running]:\nruntime.gopanic({0x4a, 0x5})\n\t/go/src/runtime/panic.go:783 +0x132\n" +
		"main.work(...)\n\t/src/prog.go:10\nmain.main.func1()\n\t/src/prog.go:17 +0x74\ncreated by main.main in goroutine 1\n\t/src/prog.go:16 +0x3d\n" +
		"\ngoroutine 1 [sleep]:\ntime.Sleep(0x3b9aca00)\n\t/go/src/runtime/time.go:363 +0x165\nmain.main()\n\t/src/prog.go:20 +0x25\n" +
		"\ngoroutine 5 [chan receive]:\nsync.(*WaitGroup).Go.func1()\n\t/go/src/sync/waitgroup.go:239 +0x5d\ncreated by sync.(*WaitGroup).Go in goroutine 1\n\t/go/src/sync/waitgroup.go:237 +0x73\n" +
		"exit status 2\n"
	want := "panic: boom\n\ngoroutine 22 [running]:\nmain.work(...)\n\t/src/prog.go:10\nmain.main.func1()\n\t/src/prog.go:17 +0x74\ncreated by main.main in goroutine 1\n\t/src/prog.go:16 +0x3d\n" +
		"\ngoroutine 1 [sleep]:\nmain.main()\n\t/src/prog.go:20 +0x25\n\ngoroutine 5 [chan receive]:\n"
	start, tb := CleanTraceback([]byte(out), "/src/prog.go")
	assert.Equal(t, 2, start)
	assert.Equal(t, want, string(tb))
	_, tb = CleanTraceback([]byte(out), "/src/other.go")
	assert.Equal(t, "panic: boom\n\ngoroutine 22 [running]:\n\ngoroutine 1 [sleep]:\n\ngoroutine 5 [chan receive]:\n", string(tb))
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
