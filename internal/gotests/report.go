package gotests

import (
	"fmt"
	"io"
	"text/tabwriter"
	"time"
)

// Tally counts the verdicts of one folder.
type Tally struct {
	Dir    string
	Counts [5]int // by Verdict
}

// Total is the number of programs real Go runs here.
func (t Tally) Total() int {
	return t.Counts[Pass] + t.Counts[Refused] + t.Counts[Wrong] + t.Counts[Known]
}

// Reporter prints outcomes as they come, then the tallies.
type Reporter struct {
	W io.Writer
	// Verbose prints passes and skipped programs too.
	Verbose bool
	tallies []*Tally
}

// Report prints one outcome: every non-pass, and with Verbose every
// program.
func (r *Reporter) Report(o Outcome) {
	t := r.tally(o.Program.Dir)
	t.Counts[o.Verdict]++
	if o.Verdict == Pass && o.Reason == "" || o.Verdict == Skipped {
		if r.Verbose {
			fmt.Fprintf(r.W, "%-8s %s %s\n", o.Verdict, o.Program.Path, o.Reason)
		}
		return
	}
	fmt.Fprintf(r.W, "%-8s %s: %s\n", o.Verdict, o.Program.Path, o.Reason)
}

func (r *Reporter) tally(dir string) *Tally {
	for _, t := range r.tallies {
		if t.Dir == dir {
			return t
		}
	}
	t := &Tally{Dir: dir}
	r.tallies = append(r.tallies, t)
	return t
}

// Summary prints the tally of each folder and the total, and returns
// whether anything was wrong.
func (r *Reporter) Summary(elapsed time.Duration) (wrong bool) {
	tw := tabwriter.NewWriter(r.W, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "folder\tpass\trefused\twrong\tknown\tof\tpass %\tskipped\t")
	var all Tally
	all.Dir = "total"
	for _, t := range append(r.tallies, &all) {
		if t != &all {
			for v, n := range t.Counts {
				all.Counts[v] += n
			}
		}
		name := t.Dir
		if name == "." {
			name = "top"
		}
		pct := 0.0
		if t.Total() > 0 {
			pct = 100 * float64(t.Counts[Pass]) / float64(t.Total())
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%.0f%%\t%d\t\n", name, t.Counts[Pass], t.Counts[Refused], t.Counts[Wrong], t.Counts[Known], t.Total(), pct, t.Counts[Skipped])
	}
	tw.Flush()
	fmt.Fprintf(r.W, "(%s)\n", elapsed.Round(time.Second))
	return all.Counts[Wrong] > 0
}
