package engine

import (
	"fmt"
	"time"
)

// Limits bound one run. A zero field means the default.
type Limits struct {
	Timeout time.Duration // wall time; default 10s
	Output  int64         // bytes of output kept; default 1 MiB
	Memory  int64         // resident memory of the program's processes; default 1 GiB
}

// Default limits.
const (
	DefaultTimeout = 10 * time.Second
	DefaultOutput  = 1 << 20
	DefaultMemory  = 1 << 30
)

// withDefaults fills the zero fields.
func (l Limits) withDefaults() Limits {
	if l.Timeout <= 0 {
		l.Timeout = DefaultTimeout
	}
	if l.Output <= 0 {
		l.Output = DefaultOutput
	}
	if l.Memory <= 0 {
		l.Memory = DefaultMemory
	}
	return l
}

// Limit names the limit a run went past.
type Limit int

const (
	WithinLimits Limit = iota
	TimedOut
	OutputCapped
	OutOfMemory
)

// message is the line a transcript shows for a limit.
func (l Limit) message(lim Limits) string {
	switch l {
	case TimedOut:
		return fmt.Sprintf("timed out after %v", lim.Timeout)
	case OutputCapped:
		return fmt.Sprintf("output capped at %s: the rest was dropped", FormatBytes(lim.Output))
	case OutOfMemory:
		return fmt.Sprintf("ran out of memory: over the limit of %s", FormatBytes(lim.Memory))
	}
	return ""
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
