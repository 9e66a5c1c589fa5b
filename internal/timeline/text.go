package timeline

import (
	"fmt"
	"strings"
)

// String writes the timeline as text, a lane a paragraph, for tests and
// for reading it in a terminal:
//
//	main (main.main) from 0s
//	  0s–100ms waiting: chan receive
//	  100ms running
//	  100ms prints "worker 1 done"
func (tl *Timeline) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", tl.Summary())
	for _, l := range tl.Lanes {
		fmt.Fprintf(&b, "%s (%s) from %s", l.Label, l.Func, l.Start)
		if l.Exit >= 0 {
			fmt.Fprintf(&b, " to %s", l.Exit)
		}
		b.WriteString("\n")
		pi := 0
		for _, s := range l.Spans {
			for pi < len(l.Prints) && l.Prints[pi].At <= s.Start {
				fmt.Fprintf(&b, "  %s prints %q\n", l.Prints[pi].At, l.Prints[pi].Text)
				pi++
			}
			switch s.State {
			case Waiting:
				fmt.Fprintf(&b, "  %s waiting: %s\n", span(s.Start, s.End), s.Reason)
			default:
				fmt.Fprintf(&b, "  %s %s\n", span(s.Start, s.End), s.State)
			}
		}
		for ; pi < len(l.Prints); pi++ {
			fmt.Fprintf(&b, "  %s prints %q\n", l.Prints[pi].At, l.Prints[pi].Text)
		}
	}
	if tl.Hidden > 0 {
		fmt.Fprintf(&b, "%d more goroutines\n", tl.Hidden)
	}
	if tl.Ending != "" {
		fmt.Fprintf(&b, "ends at %s: %s\n", tl.End, tl.Ending)
	}
	return b.String()
}
