package timeline

import (
	"bytes"
	"fmt"
	"html"
	"strings"
	"time"
)

// Options say how to draw a Timeline.
type Options struct {
	// Standalone adds the XML namespace, a title and a <style> element with
	// the colours, for an .svg file of its own. Without it the SVG is meant
	// to be inline in a page whose stylesheet has the tl-* classes.
	Standalone bool
	// Title is the SVG's accessible title (default: the summary).
	Title string
}

// The drawing's geometry, in SVG user units (pixels at 100%).
const (
	width     = 640
	labelEnd  = 128 // labels are right-aligned here
	plotStart = 136
	plotEnd   = 612
	plotWidth = plotEnd - plotStart
	top       = 6
	laneH     = 26
	runMin    = 3 // columns a running instant takes at least
	maxTitle  = 6 // lines listed in a print mark's title
	maxText   = 72
)

// Stylesheet is the CSS of a standalone SVG: the tl-* classes, light and
// dark. A page that inlines timelines gives the same classes its colours.
const Stylesheet = `svg.timeline{--tl-run:#1a7f37;--tl-ready:#bf8700;--tl-wait:#8c959f;--tl-print:#0969da;--tl-text:#1f2328;--tl-muted:#57606a;--tl-grid:#d8dee4;--tl-bg:#fff;font:11px system-ui,sans-serif;background:var(--tl-bg)}
@media (prefers-color-scheme:dark){svg.timeline{--tl-run:#3fb950;--tl-ready:#d29922;--tl-wait:#6e7681;--tl-print:#58a6ff;--tl-text:#e6edf3;--tl-muted:#8b949e;--tl-grid:#30363d;--tl-bg:#0d1117}}
.timeline text{fill:var(--tl-text)}.timeline .tl-note,.timeline .tl-tick,.timeline .tl-reason{fill:var(--tl-muted)}.timeline .tl-reason{font-size:9px}
.timeline .tl-run{fill:var(--tl-run)}.timeline .tl-ready{fill:var(--tl-ready)}.timeline .tl-wait{fill:var(--tl-wait)}
.timeline .tl-print{fill:var(--tl-print);stroke:var(--tl-bg);stroke-width:1}.timeline .tl-grid{stroke:var(--tl-grid);stroke-width:1}
.timeline .tl-end{stroke:var(--tl-print);stroke-width:1;stroke-dasharray:3 2}.timeline .tl-exit{fill:var(--tl-muted)}`

// SVG draws the timeline.
func (tl *Timeline) SVG(opt Options) []byte {
	var b bytes.Buffer
	lanes := len(tl.Lanes)
	axisY := top + lanes*laneH + 4
	height := axisY + 36
	if tl.Hidden > 0 {
		height += 14
	}
	title := opt.Title
	if title == "" {
		title = tl.Summary()
	}
	ns := ""
	if opt.Standalone {
		ns = ` xmlns="http://www.w3.org/2000/svg"`
	}
	fmt.Fprintf(&b, `<svg%s class="timeline" viewBox="0 0 %d %d" width="%d" height="%d" role="img" aria-label="%s">`, ns, width, height, width, height, esc(title))
	fmt.Fprintf(&b, `<title>%s</title>`, esc(title))
	if opt.Standalone {
		fmt.Fprintf(&b, `<style>%s</style><rect width="100%%" height="100%%" style="fill:var(--tl-bg)"/>`, Stylesheet)
	}
	sc := scale{end: tl.End}
	if tl.Deadlocked() {
		sc.tail = tailWidth
	}
	ticks := axisTicks(tl.End)
	// Grid and axis.
	for _, t := range ticks {
		x := sc.x(t)
		fmt.Fprintf(&b, `<line class="tl-grid" x1="%d" y1="%d" x2="%d" y2="%d"/>`, x, top, x, axisY+4)
		fmt.Fprintf(&b, `<text class="tl-tick" x="%d" y="%d" text-anchor="middle">%s</text>`, x, axisY+16, t)
	}
	for i, l := range tl.Lanes {
		y := top + i*laneH
		fmt.Fprintf(&b, `<g><text x="%d" y="%d" text-anchor="end">%s</text>`, labelEnd, y+17, esc(clip(l.Label, 22)))
		drawLane(&b, l, y, sc)
		b.WriteString(`</g>`)
	}
	if tl.Ending != "" {
		x := sc.x(tl.End) + runMin
		fmt.Fprintf(&b, `<line class="tl-end" x1="%d" y1="%d" x2="%d" y2="%d"><title>%s</title></line>`, x, top, x, axisY+4, esc(clip(tl.Ending, 200)))
		word := "ends"
		switch {
		case tl.Deadlocked():
			word = "deadlock: waits forever"
		case strings.HasPrefix(tl.Ending, "panic"):
			word = "panic"
		}
		fmt.Fprintf(&b, `<text class="tl-note" x="%d" y="%d" text-anchor="end">┆ %s</text>`, plotEnd, axisY+31, word)
	}
	legendY := axisY + 31
	if tl.End == 0 && tl.Ending == "" && len(tl.Lanes) > 0 {
		// Nothing is drawn right of 0s: say why there.
		fmt.Fprintf(&b, `<text class="tl-note" x="%d" y="%d">everything happens at 0s: no goroutine waits for time</text>`, plotStart+24, top+17)
	}
	fmt.Fprintf(&b, `<g class="tl-note"><rect class="tl-run" x="%d" y="%d" width="8" height="8"/><text x="%d" y="%d">running</text>`, plotStart, legendY-8, plotStart+11, legendY)
	fmt.Fprintf(&b, `<rect class="tl-ready" x="%d" y="%d" width="8" height="8"/><text x="%d" y="%d">runnable</text>`, plotStart+70, legendY-8, plotStart+81, legendY)
	fmt.Fprintf(&b, `<rect class="tl-wait" x="%d" y="%d" width="12" height="4"/><text x="%d" y="%d">waiting</text>`, plotStart+146, legendY-6, plotStart+161, legendY)
	fmt.Fprintf(&b, `<circle class="tl-print" cx="%d" cy="%d" r="3.5"/><text x="%d" y="%d">printed</text></g>`, plotStart+222, legendY-4, plotStart+229, legendY)
	if tl.Hidden > 0 {
		fmt.Fprintf(&b, `<text class="tl-note" x="%d" y="%d">%d more goroutines not drawn</text>`, plotStart, legendY+15, tl.Hidden)
	}
	b.WriteString(`</svg>`)
	return b.Bytes()
}

// tailWidth is the room after the end of a deadlocked program, where its
// goroutines' last waits go on, forever.
const tailWidth = 96

// scale maps virtual time to x; the last tail columns are after the end.
type scale struct {
	end  time.Duration
	tail int
}

func (s scale) col(t time.Duration) int {
	w := plotWidth - s.tail
	if s.end <= 0 {
		return 0
	}
	c := int(int64(t) * int64(w) / int64(s.end))
	return min(max(c, 0), w)
}

func (s scale) x(t time.Duration) int { return plotStart + s.col(t) }

// cell is one pixel column of a lane.
type cell struct {
	set    bool
	state  State
	reason string
	first  int // the first and last span drawn in it
	last   int
}

// drawLane rasterises a lane's spans to columns and draws each run of equal
// columns as one rectangle.
func drawLane(b *bytes.Buffer, l *Lane, y int, sc scale) {
	cells := make([]cell, plotWidth+runMin)
	for i, s := range l.Spans {
		from, to := sc.col(s.Start), sc.col(s.End)
		if forever := sc.tail > 0 && l.Exit < 0 && i == len(l.Spans)-1 && s.State == Waiting; forever {
			to = plotWidth
		}
		if s.State == Running {
			to = max(to, from+runMin)
		} else if to == from {
			to = from + 1
		}
		for c := from; c < to && c < len(cells); c++ {
			cl := &cells[c]
			switch {
			case !cl.set || s.State > cl.state:
				*cl = cell{set: true, state: s.State, reason: s.Reason, first: i, last: i}
			case s.State == cl.state && s.Reason == cl.reason:
				cl.last = i
			}
		}
	}
	for c := 0; c < len(cells); {
		cl := cells[c]
		if !cl.set {
			c++
			continue
		}
		end := c + 1
		first, last := cl.first, cl.last
		for end < len(cells) && cells[end].set && cells[end].state == cl.state && cells[end].reason == cl.reason {
			last = max(last, cells[end].last)
			end++
		}
		x, w := plotStart+c, end-c
		from, to := l.Spans[first].Start, l.Spans[last].End
		switch cl.state {
		case Running:
			fmt.Fprintf(b, `<rect class="tl-run" x="%d" y="%d" width="%d" height="10"><title>runs at %s</title></rect>`, x, y+11, w, span(from, to))
		case Runnable:
			fmt.Fprintf(b, `<rect class="tl-ready" x="%d" y="%d" width="%d" height="10"><title>runnable %s</title></rect>`, x, y+11, w, span(from, to))
		default:
			fmt.Fprintf(b, `<rect class="tl-wait" x="%d" y="%d" width="%d" height="4"><title>waits %s: %s, %s</title></rect>`, x, y+14, w, to-from, esc(cl.reason), span(from, to))
			if w >= 6+5*len(cl.reason) {
				fmt.Fprintf(b, `<text class="tl-reason" x="%d" y="%d">%s</text>`, x+2, y+10, esc(cl.reason))
			}
		}
		c = end
	}
	if l.Exit >= 0 {
		fmt.Fprintf(b, `<rect class="tl-exit" x="%d" y="%d" width="1" height="14"><title>returns at %s</title></rect>`, sc.x(l.Exit)+runMin, y+9, l.Exit)
	}
	// Prints: one mark per column.
	for i := 0; i < len(l.Prints); {
		c := sc.col(l.Prints[i].At)
		j := i + 1
		for j < len(l.Prints) && sc.col(l.Prints[j].At) == c {
			j++
		}
		var lines []string
		for _, p := range l.Prints[i:j] {
			for _, line := range strings.Split(p.Text, "\n") {
				lines = append(lines, clip(line, maxText))
			}
		}
		if len(lines) > maxTitle {
			lines = append(lines[:maxTitle-1], fmt.Sprintf("… %d more lines", len(lines)-maxTitle+1))
		}
		fmt.Fprintf(b, `<circle class="tl-print" cx="%d" cy="%d" r="3.5"><title>prints at %s:&#10;%s</title></circle>`, plotStart+c+1, y+16, l.Prints[i].At, esc(strings.Join(lines, "\n")))
		i = j
	}
}

// span writes a time or a time range.
func span(from, to time.Duration) string {
	if from == to {
		return from.String()
	}
	return from.String() + "–" + to.String()
}

// axisTicks are round times from 0 to about end, 4 to 8 of them.
func axisTicks(end time.Duration) []time.Duration {
	if end <= 0 {
		return []time.Duration{0}
	}
	step := time.Duration(1)
	for p := time.Duration(1); step == 1; p *= 10 {
		for _, m := range []time.Duration{1, 2, 5} {
			if end/(p*m) <= 6 {
				step = p * m
				break
			}
		}
	}
	var out []time.Duration
	for t := time.Duration(0); t <= end; t += step {
		out = append(out, t)
	}
	return out
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func esc(s string) string { return html.EscapeString(s) }
