package render

import (
	"github.com/yuin/goldmark/util"
)

// Timeline is a program's goroutine timeline (internal/timeline), shown
// under its output: an inline SVG and its one-sentence summary, or the
// reason the program has none.
type Timeline struct {
	SVG     string `json:",omitempty"` // <svg class="timeline">, drawn with tl-* classes
	Summary string `json:",omitempty"`
	Reason  string `json:",omitempty"` // why there is no SVG
}

// writeTimeline renders t below a program's output: collapsed in a
// <details> whose summary is the text alternative, so that no script is
// needed to open it; or one line saying why there is no timeline. Nothing
// for a program without timeline information (a build without timelines).
func writeTimeline(w util.BufWriter, t *Timeline) {
	switch {
	case t == nil:
	case t.SVG != "":
		_, _ = w.WriteString(`<details class="timeline-box"><summary><span class="timeline-label">Timeline</span> <span class="timeline-summary">`)
		_, _ = w.WriteString(esc(t.Summary))
		_, _ = w.WriteString(`</span></summary><div class="timeline-scroll">`)
		_, _ = w.WriteString(t.SVG)
		_, _ = w.WriteString(`</div><p class="timeline-key">Each row is a goroutine; time runs left to right on the virtual clock. Hover a mark for details.</p></details>`)
	default:
		_, _ = w.WriteString(`<p class="timeline-none">No timeline: `)
		_, _ = w.WriteString(esc(t.Reason))
		_, _ = w.WriteString(`.</p>`)
	}
}
