package transcript

import (
	"fmt"
	"strings"
)

// Escape writes one line of output as a transcript line that matches exactly
// it: a backslash before a line that would read as a directive or that
// starts with a backslash, and {{{{ for each literal {{.
func Escape(line string) string {
	line = strings.ReplaceAll(line, "{{", "{{{{")
	if strings.HasPrefix(line, `\`) || directivePattern().MatchString(line) {
		line = `\` + line
	}
	return line
}

// FromOutput writes a transcript that matches output: one literal line a
// line, except that the frames of a Go traceback become "-- skip --"
// (see tracebacks.go).
func FromOutput(output string) []byte {
	out := Lines(output)
	lines := make([]mergedLine, len(out))
	for j, l := range out {
		lines[j] = mergedLine{text: Escape(l), out: j}
	}
	return joinMerged(skipTracebacks(lines, out))
}

// Merge returns a transcript for a new output that keeps as much of t as
// still matches, and notes on what it could not keep as it was, each
// "file:line: what happened; review it".
//
// Every line and block of t that still fits the output is kept as written,
// with its directives and placeholders; the output lines that fit nowhere
// are written as new literal lines (the frames of a Go traceback as
// "-- skip --"), and the lines that no longer appear are dropped. A block
// that no longer fits is kept with the fewest changes that make it fit: a
// line that changed is replaced in place, a line gained is added to it (to
// the stream it most likely belongs to), a line lost is removed; each such
// block gets a note. A block none of whose lines is left is removed, with a
// note. A new line at a block's edge goes into the block when it is like
// the block's lines (alike: "worker 4 done" beside "worker 1 done"), as it
// may come anywhere in the block on the next run; else it stays beside it,
// the stricter transcript, which fails loudly if that was wrong.
//
// The choice is an alignment of t's segments with the output lines at the
// least cost (a changed block line costs less than a line removed and one
// added). Past a bound on its work (long transcripts and outputs), Merge
// keeps the longest leading and trailing runs of segments that fit, aligns
// what lies between them alike if that is small enough, and otherwise
// writes it as the output's lines, noting each block it so replaced.
//
// The result matches output. When t matches output already, Merge returns
// t's text unchanged and no notes.
func (t *Transcript) Merge(output string) ([]byte, []string) {
	if t.Match(output) == nil {
		var lines []string
		for _, seg := range t.Segments {
			lines = append(lines, seg.Raw...)
		}
		return joinLines(lines), nil
	}
	out := Lines(output)
	if lines, notes, ok := t.align(t.Segments, out, 0); ok {
		return joinMerged(skipTracebacks(lines, out)), notes
	}
	segs := t.Segments
	a, b, p, s := t.fittingEnds(out)
	var lines []mergedLine
	for _, seg := range segs[:a] {
		lines = append(lines, keptLines(seg)...)
	}
	middle, notes, ok := t.align(segs[a:len(segs)-b], out[p:s], p)
	if !ok {
		middle, notes = nil, nil
		for j := p; j < s; j++ {
			middle = append(middle, mergedLine{text: Escape(out[j]), out: j})
		}
		for _, seg := range segs[a : len(segs)-b] {
			if seg.Kind == AnyOrder || seg.Kind == Streams {
				notes = append(notes, fmt.Sprintf("%s:%d: replaced the %s (lines %d-%d) by the output's lines in their order (the transcript is too large to merge line by line); review it", t.Name, seg.Line, seg.Kind, seg.Line, seg.EndLine))
			}
		}
	}
	lines = append(lines, middle...)
	for _, seg := range segs[len(segs)-b:] {
		lines = append(lines, keptLines(seg)...)
	}
	return joinMerged(skipTracebacks(lines, out)), notes
}

// mergedLine is one line of a merged transcript.
type mergedLine struct {
	text string
	// out is the output line this line was written from; -1 for a line
	// kept from the transcript.
	out int
	// block marks a line inside a block; skip a kept "-- skip --".
	block, skip bool
}

// keptLines are the lines of a segment kept as written.
func keptLines(seg Segment) []mergedLine {
	lines := make([]mergedLine, len(seg.Raw))
	for i, r := range seg.Raw {
		lines[i] = mergedLine{text: r, out: -1, block: seg.Kind == AnyOrder || seg.Kind == Streams, skip: seg.Kind == Skip}
	}
	return lines
}

func joinLines(lines []string) []byte {
	if len(lines) == 0 {
		return nil
	}
	return []byte(strings.Join(lines, "\n") + "\n")
}

func joinMerged(lines []mergedLine) []byte {
	ss := make([]string, len(lines))
	for i, l := range lines {
		ss[i] = l.text
	}
	return joinLines(ss)
}

// fittingEnds finds the longest run of a leading and b trailing segments
// that fit the output, the first ending at output line p and the second
// starting at s, p <= s.
func (t *Transcript) fittingEnds(out []string) (a, b, p, s int) {
	segs := t.Segments
	m := &matcher{t: t, out: out}
	pre, _ := m.prefix(len(segs)) // pre[k]: where segs[:k] can end
	rev := t.reversed()
	mr := &matcher{t: rev, out: reverseStrings(out)}
	suf, _ := mr.prefix(len(segs)) // suf[k]: where the last k segments can start, counted from the end

	// For a leading segments, the prefix ends at the earliest position
	// pmin[a]; for b trailing ones, the suffix starts at the latest position
	// smax[b]. Choose a+b largest with pmin[a] <= smax[b].
	smax := make([]int, len(suf))
	for b := range suf {
		smax[b] = len(out) - firstTrue(suf[b])
	}
	bestA, bestB, bestP, bestS := 0, 0, 0, len(out)
	for a := len(pre) - 1; a >= 0; a-- {
		if a+len(suf)-1 < bestA+bestB {
			break
		}
		p := firstTrue(pre[a])
		for b := min(len(suf)-1, len(segs)-a); b >= 0; b-- {
			if smax[b] >= p {
				if a+b > bestA+bestB || a == len(pre)-1 && b == 0 && bestA+bestB == 0 {
					bestA, bestB, bestP, bestS = a, b, p, smax[b]
				}
				break
			}
		}
	}
	return bestA, bestB, bestP, bestS
}

// reversed is t with its segments, and each block's lines, in reverse order
// (a streams block reversed is the streams reversed), for matching from the
// end of the output.
func (t *Transcript) reversed() *Transcript {
	r := &Transcript{Name: t.Name, Segments: make([]Segment, len(t.Segments))}
	for i, seg := range t.Segments {
		rs := seg
		rs.Lines = make([]Line, len(seg.Lines))
		for j, l := range seg.Lines {
			rs.Lines[len(seg.Lines)-1-j] = l
		}
		r.Segments[len(t.Segments)-1-i] = rs
	}
	return r
}

func reverseStrings(s []string) []string {
	r := make([]string, len(s))
	for i, v := range s {
		r[len(s)-1-i] = v
	}
	return r
}
