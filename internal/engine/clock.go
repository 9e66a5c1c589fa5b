package engine

import "fmt"

// Clock is the clock a program runs on.
type Clock string

const (
	// ClockVirtual is the Go Playground's faketime clock: time stands still
	// while goroutines work and jumps to the next timer when all of them
	// wait, so sleeps are free and timings exact. The default.
	ClockVirtual Clock = "virtual"
	// ClockReal is the wall clock, for programs that measure CPU time.
	ClockReal Clock = "real"
)

// ParseClock accepts "virtual", "real" and "" (virtual).
func ParseClock(s string) (Clock, error) {
	switch Clock(s) {
	case "", ClockVirtual:
		return ClockVirtual, nil
	case ClockReal:
		return ClockReal, nil
	}
	return "", fmt.Errorf("unknown clock %q (want virtual or real)", s)
}

// String implements flag.Value.
func (c Clock) String() string { return string(c) }

// buildTags are the build tags of the worker binary for a clock.
func (c Clock) buildTags() []string {
	if c == ClockVirtual {
		return []string{"faketime"}
	}
	return nil
}
