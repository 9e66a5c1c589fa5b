package render

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/yuin/goldmark/util"

	"github.com/concbook/concurrency/internal/book"
	"github.com/concbook/concurrency/internal/transcript"
)

// streamColours is how many colours the stylesheet has for streams
// (.s0 to .s5); a block with more tags reuses them.
const streamColours = 6

// statusLine is a last line that a terminal shows for the program's end:
// go run's "exit status 2", or the runner's line for a program it stopped.
var statusLine = regexp.MustCompile(`^(exit status \d+|timed out after \S+)$`)

// writeOutput renders a program's output from its transcript, as a terminal
// shows it: one line of text a line, with what the transcript leaves open
// made visible. Every piece of output text is HTML-escaped.
func writeOutput(w util.BufWriter, p *book.Program, t *transcript.Transcript) {
	fmt.Fprintf(w, `<div class="output" id="output-%s"><div class="output-head"><span class="output-title">Output</span>`, esc(p.Name))
	writeClock(w, p)
	if t != nil && hasPlaceholder(t) {
		_, _ = w.WriteString(`<span class="ph-note" title="a value underlined so differs from run to run; the page shows one run's">┈ varies between runs</span>`)
	}
	if p.Exit != 0 {
		fmt.Fprintf(w, `<span class="exit-badge" title="the program ends with exit status %d, on purpose">exit status %d</span>`, p.Exit, p.Exit)
	}
	_, _ = w.WriteString(`</div>`)
	if t == nil {
		fmt.Fprintf(w, `<p class="no-transcript">No transcript yet: this program's output is not shown here, and not checked. It will be, once %s is written.</p></div>`, esc(p.TranscriptPath()))
		return
	}
	_, _ = w.WriteString(`<div class="terminal">`)
	last := lastLine(t)
	for _, s := range t.Segments {
		switch s.Kind {
		case transcript.Literal:
			for _, l := range s.Lines {
				class := "ln"
				if last == l.Num && statusLine.MatchString(l.Sample()) {
					class = "ln status"
				}
				writeLine(w, class, "", l)
			}
		case transcript.AnyOrder:
			_, _ = w.WriteString(`<div class="block any-order"><div class="block-label" title="these lines may come in any order, between the lines around them">any order</div>`)
			for _, l := range s.Lines {
				writeLine(w, "ln", "", l)
			}
			_, _ = w.WriteString(`</div>`)
		case transcript.Streams:
			tags := s.Streams()
			colour := map[string]string{}
			_, _ = w.WriteString(`<div class="block streams"><div class="block-label" title="each stream's lines come in their order; the streams interleave freely">streams, each in its order<span class="legend">`)
			for i, tag := range tags {
				colour[tag] = fmt.Sprintf("s%d", i%streamColours)
				fmt.Fprintf(w, ` <span class="tag %s">%s</span>`, colour[tag], esc(tag))
			}
			_, _ = w.WriteString(`</span></div>`)
			for _, l := range s.Lines {
				writeLine(w, "ln "+colour[l.Stream], l.Stream, l)
			}
			_, _ = w.WriteString(`</div>`)
		case transcript.Skip:
			_, _ = w.WriteString(`<div class="skip" title="lines left out here: the output has more lines, which vary between machines">⋯ lines left out</div>`)
		}
	}
	_, _ = w.WriteString(`</div></div>`)
}

// hasPlaceholder reports whether a transcript shows a value that varies.
func hasPlaceholder(t *transcript.Transcript) bool {
	for _, s := range t.Segments {
		for _, l := range s.Lines {
			for _, p := range l.Parts {
				if p.IsPlaceholder() {
					return true
				}
			}
		}
	}
	return false
}

// lastLine is the number of the transcript's last line of output, if it is
// a line in order (not in a block).
func lastLine(t *transcript.Transcript) int {
	for i := len(t.Segments) - 1; i >= 0; i-- {
		switch s := t.Segments[i]; s.Kind {
		case transcript.Comment:
			continue
		case transcript.Literal:
			return s.Lines[len(s.Lines)-1].Num
		}
		return 0
	}
	return 0
}

// writeLine renders one line of output: literal text as it is, placeholders
// as their samples, marked, with what varies in the title.
func writeLine(w util.BufWriter, class, stream string, l transcript.Line) {
	fmt.Fprintf(w, `<div class="%s"`, class)
	if stream != "" {
		fmt.Fprintf(w, ` data-stream="%s"`, esc(stream))
	}
	_ = w.WriteByte('>')
	for _, part := range l.Parts {
		if !part.IsPlaceholder() {
			_, _ = w.WriteString(esc(part.Text))
			continue
		}
		what := part.Kind
		switch {
		case what == "any":
			what = "any text"
		case strings.HasPrefix(what, "/"):
			what = "text matching " + what
		}
		sample := part.Text
		class := "ph"
		if sample == "" {
			sample, class = "<"+part.Kind+">", "ph nosample"
		}
		fmt.Fprintf(w, `<span class="%s" title="varies between runs: %s">%s</span>`, class, esc(what), esc(sample))
	}
	_, _ = w.WriteString("</div>")
}

func writeClock(w util.BufWriter, p *book.Program) {
	if p.Clock == "real" {
		_, _ = w.WriteString(`<span class="clock real" title="the program ran on the real clock: its timings differ on every run and machine; the figures shown are one run's">real clock: timings vary</span>`)
		return
	}
	_, _ = w.WriteString(`<span class="clock virtual" title="the program ran on the virtual clock of the Go Playground: a sleep takes no real time and lasts exactly as asked">virtual clock: sleeps take no time</span>`)
}
