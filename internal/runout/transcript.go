package runout

import (
	"bytes"
	"fmt"
	"time"
)

// Transcript is output followed by the line end, when there is one, on a
// line of its own.
func Transcript(output []byte, end string) string {
	var b bytes.Buffer
	b.Write(output)
	if end != "" {
		if b.Len() > 0 && !bytes.HasSuffix(b.Bytes(), []byte("\n")) {
			b.WriteByte('\n')
		}
		b.WriteString(end)
		b.WriteByte('\n')
	}
	return b.String()
}

// ExitLine is what `go run` prints after a program that exited with code:
// "exit status N", nothing for 0.
func ExitLine(code int) string {
	if code == 0 {
		return ""
	}
	return fmt.Sprintf("exit status %d", code)
}

// TimedOut is the runner's line for a program stopped at its time limit.
func TimedOut(limit time.Duration) string { return fmt.Sprintf("timed out after %v", limit) }

// OutputCapped is the runner's line for a program that printed more than
// limit bytes.
func OutputCapped(limit int64) string {
	return fmt.Sprintf("output capped at %s: the rest was dropped", FormatBytes(limit))
}

// OutOfMemory is the runner's line for a program past its memory limit.
func OutOfMemory(limit int64) string {
	return fmt.Sprintf("ran out of memory: over the limit of %s", FormatBytes(limit))
}

// FormatBytes writes n as the largest binary unit that divides it: 1MiB,
// 512KiB, 100B.
func FormatBytes(n int64) string {
	for _, u := range []struct {
		size int64
		name string
	}{{1 << 30, "GiB"}, {1 << 20, "MiB"}, {1 << 10, "KiB"}} {
		if n >= u.size && n%u.size == 0 {
			return fmt.Sprintf("%d%s", n/u.size, u.name)
		}
	}
	return fmt.Sprintf("%dB", n)
}
