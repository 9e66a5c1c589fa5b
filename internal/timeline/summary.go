package timeline

import (
	"fmt"
	"strings"
	"time"
)

// Summary says in one sentence what the timeline shows, for readers who do
// not see it: how many goroutines, over how long, the longest wait and how
// the program ended, as in "3 goroutines over 1.5s; main waits 600ms on a
// channel receive".
func (tl *Timeline) Summary() string {
	var parts []string
	n := fmt.Sprintf("%d goroutines", tl.Goroutines)
	if tl.Goroutines == 1 {
		n = "1 goroutine"
	}
	if tl.End > 0 {
		n += " over " + tl.End.String()
	} else {
		n += ", all at 0s"
	}
	parts = append(parts, n)
	var (
		who     string
		longest time.Duration
		why     string
	)
	for _, l := range tl.Lanes {
		for _, s := range l.Spans {
			if s.State == Waiting && s.End-s.Start > longest {
				who, longest, why = l.Label, s.End-s.Start, s.Reason
			}
		}
	}
	if longest > 0 {
		parts = append(parts, fmt.Sprintf("%s waits %s on %s", who, longest, reasonPhrase(why)))
	}
	switch {
	case tl.Deadlocked():
		parts = append(parts, "ends in a deadlock at "+tl.End.String())
	case strings.HasPrefix(tl.Ending, "panic"):
		parts = append(parts, "ends in a panic at "+tl.End.String())
	case strings.HasPrefix(tl.Ending, "fatal error"):
		parts = append(parts, "ends in a fatal error at "+tl.End.String())
	}
	return strings.Join(parts, "; ")
}

// reasonPhrase says a wait reason in words.
func reasonPhrase(r string) string {
	switch r {
	case "chan receive":
		return "a channel receive"
	case "chan send":
		return "a channel send"
	case "chan receive (nil chan)":
		return "a receive from a nil channel"
	case "chan send (nil chan)":
		return "a send to a nil channel"
	case "select":
		return "a select"
	case "select (no cases)":
		return "an empty select"
	case "sleep":
		return "time.Sleep"
	}
	return r
}

// Deadlocked reports whether the program ended in the runtime's deadlock
// error: its goroutines' last waits never end.
func (tl *Timeline) Deadlocked() bool {
	return strings.Contains(tl.Ending, "all goroutines are asleep - deadlock")
}
