package transcript

import (
	"errors"
	"fmt"
	"strings"
)

// MaxSteps bounds the work of one Match: past it, Match returns an error
// wrapping ErrTooComplex instead of going on.
var MaxSteps = 10_000_000

// ErrTooComplex reports a match that would take more than MaxSteps steps.
var ErrTooComplex = errors.New("transcript too ambiguous to decide")

// Mismatch explains why an output does not fit a transcript: the segment
// that failed, and the output line where.
type Mismatch struct {
	File    string
	Segment Segment
	// OutLine is the 1-based output line at which the segment could not
	// match (len(output)+1 for a missing line at the end).
	OutLine int
	Msg     string
}

func (m *Mismatch) Error() string {
	return fmt.Sprintf("%s:%d: %s", m.File, m.Segment.Line, m.Msg)
}

// matcher holds the state of one Match.
type matcher struct {
	t     *Transcript
	out   []string
	steps int
	// the furthest failure seen, for the message
	fail *Mismatch
}

// step counts work and reports when the bound is passed.
func (m *matcher) step(n int) error {
	m.steps += n
	if m.steps > MaxSteps {
		return fmt.Errorf("%s: %w: more than %d steps (use fewer identical lines across streams, or fewer placeholders)", m.t.Name, ErrTooComplex, MaxSteps)
	}
	return nil
}

// Match reports whether output fits the transcript: nil, a *Mismatch, or an
// error wrapping ErrTooComplex.
func (t *Transcript) Match(output string) error {
	m := &matcher{t: t, out: Lines(output)}
	_, err := m.prefix(len(t.Segments))
	if err != nil {
		return err
	}
	return nil
}

// prefix matches the first n segments from the start of the output and
// returns, for each k ≤ n, the output positions where segments[:k] can end.
// It stops early when no position is left, and then returns a *Mismatch; it
// also returns one when all n segments match but not up to the end of the
// output (when n is all segments).
func (m *matcher) prefix(n int) ([][]bool, error) {
	reach := make([]bool, len(m.out)+1)
	reach[0] = true
	all := [][]bool{reach}
	for k := 0; k < n; k++ {
		next, err := m.advance(m.t.Segments[k], reach)
		if err != nil {
			return all, err
		}
		if !anyTrue(next) {
			return all, m.mismatch(m.t.Segments[k], reach)
		}
		reach = next
		all = append(all, reach)
	}
	if n == len(m.t.Segments) && !reach[len(m.out)] {
		last := lastTrue(reach)
		return all, &Mismatch{File: m.t.Name, Segment: Segment{Line: m.t.lastLine() + 1}, OutLine: last + 1,
			Msg: fmt.Sprintf("unexpected output after the end of the transcript: line %d: %q", last+1, m.out[last])}
	}
	return all, nil
}

// advance returns the positions where seg can end when it starts at a
// position in reach.
func (m *matcher) advance(seg Segment, reach []bool) ([]bool, error) {
	next := make([]bool, len(reach))
	switch seg.Kind {
	case Comment:
		copy(next, reach)
	case Skip:
		first := -1
		for p, ok := range reach {
			if ok {
				first = p
				break
			}
		}
		if first >= 0 {
			for p := first; p < len(next); p++ {
				next[p] = true
			}
		}
	default:
		k := len(seg.Lines)
		for p, ok := range reach {
			if !ok || p+k > len(m.out) {
				continue
			}
			fits, err := m.fits(seg, m.out[p:p+k])
			if err != nil {
				return nil, err
			}
			next[p+k] = fits
		}
	}
	return next, nil
}

// fits reports whether the lines window match a block or line exactly.
func (m *matcher) fits(seg Segment, window []string) (bool, error) {
	switch seg.Kind {
	case Literal:
		return seg.Lines[0].Matches(window[0]), m.step(1)
	case AnyOrder:
		return m.anyOrder(seg.Lines, window)
	case Streams:
		return m.interleaving(seg, window)
	}
	return false, nil
}

// mismatch describes the failure of seg at the furthest position it could
// start from.
func (m *matcher) mismatch(seg Segment, reach []bool) *Mismatch {
	p := lastTrue(reach)
	mm := &Mismatch{File: m.t.Name, Segment: seg, OutLine: p + 1}
	got := "the output ends"
	if p < len(m.out) {
		got = fmt.Sprintf("output line %d is %q", p+1, m.out[p])
	}
	if first := firstTrue(reach); first < p && seg.Kind == Literal {
		mm.OutLine = first + 1
		mm.Msg = fmt.Sprintf("want %q at some output line from %d on; none matches", seg.Lines[0].Sample(), first+1)
		return mm
	}
	switch seg.Kind {
	case Literal:
		mm.Msg = fmt.Sprintf("want %q; %s", seg.Lines[0].Sample(), got)
	case AnyOrder:
		if p+len(seg.Lines) > len(m.out) {
			mm.Msg = fmt.Sprintf("any-order block (lines %d-%d) wants %d lines; the output has %d left", seg.Line, seg.EndLine, len(seg.Lines), len(m.out)-p)
		} else {
			mm.Msg = fmt.Sprintf("any-order block (lines %d-%d): %s", seg.Line, seg.EndLine, m.anyOrderProblem(seg.Lines, m.out[p:p+len(seg.Lines)], p))
		}
	case Streams:
		if p+len(seg.Lines) > len(m.out) {
			mm.Msg = fmt.Sprintf("streams block (lines %d-%d) wants %d lines; the output has %d left", seg.Line, seg.EndLine, len(seg.Lines), len(m.out)-p)
		} else {
			off, msg := m.streamsProblem(seg, m.out[p:p+len(seg.Lines)])
			mm.OutLine = p + off + 1
			mm.Msg = fmt.Sprintf("streams block (lines %d-%d): %s", seg.Line, seg.EndLine, msg)
		}
	}
	return mm
}

func (t *Transcript) lastLine() int {
	if len(t.Segments) == 0 {
		return 0
	}
	return t.Segments[len(t.Segments)-1].EndLine
}

func anyTrue(b []bool) bool {
	for _, v := range b {
		if v {
			return true
		}
	}
	return false
}

func firstTrue(b []bool) int {
	for i, v := range b {
		if v {
			return i
		}
	}
	return 0
}

func lastTrue(b []bool) int {
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] {
			return i
		}
	}
	return 0
}

func quoteLines(ls []Line) string {
	var q []string
	for _, l := range ls {
		q = append(q, fmt.Sprintf("%q", l.Sample()))
	}
	return strings.Join(q, ", ")
}
