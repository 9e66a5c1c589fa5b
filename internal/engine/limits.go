package engine

import (
	"time"

	"github.com/concbook/concurrency/internal/runout"
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
		return runout.TimedOut(lim.Timeout)
	case OutputCapped:
		return runout.OutputCapped(lim.Output)
	case OutOfMemory:
		return runout.OutOfMemory(lim.Memory)
	}
	return ""
}

// FormatBytes writes n as the largest binary unit that divides it: 1MiB,
// 512KiB, 100B.
func FormatBytes(n int64) string { return runout.FormatBytes(n) }
