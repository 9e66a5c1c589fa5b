package transcript

import (
	"fmt"
	"strings"
)

// The edits of a block that no longer fits (Merge): an any-order block's
// lines paired with the output's at most, a streams block's assigned to its
// streams, and the output lines left given a place in the block.

// editBlock writes block segment i edited to cover output lines [p, q), and
// says what changed ("" when nothing did).
func (a *aligner) editBlock(i, p, q, base int) ([]mergedLine, string, error) {
	seg := a.segs[i]
	if q-p == len(seg.Lines) {
		m := &matcher{t: a.t, out: a.out}
		var ok bool
		var err error
		if seg.Kind == AnyOrder {
			ok, err = m.anyOrder(seg.Lines, a.out[p:q])
		} else {
			ok, err = m.interleaving(seg, a.out[p:q])
		}
		if err != nil || a.spend(m.steps) != nil {
			return nil, "", errBudget
		}
		if ok {
			return keptLines(seg), "", nil
		}
	}
	var entries []blockEntry
	var err error
	if seg.Kind == AnyOrder {
		entries = a.editAnyOrder(i, p, q)
	} else if entries, err = a.editStreams(i, p, q); err != nil {
		return nil, "", err
	}
	var lines []mergedLine
	changed, added, removed := 0, 0, 0
	for _, e := range entries {
		switch {
		case e.dropped:
			removed++
			continue
		case e.replaced:
			changed++
		case e.added:
			added++
		}
		out := -1
		if e.replaced || e.added {
			out = base + e.pos
		}
		lines = append(lines, mergedLine{text: e.text, out: out, block: true})
	}
	var what []string
	for _, c := range []struct {
		n    int
		verb string
	}{{changed, "changed"}, {added, "added"}, {removed, "removed"}} {
		switch {
		case c.n == 1:
			what = append(what, "1 line "+c.verb)
		case c.n > 1:
			what = append(what, fmt.Sprintf("%d lines %s", c.n, c.verb))
		}
	}
	return lines, strings.Join(what, ", "), nil
}

// blockEntry is one raw line of a block being edited.
type blockEntry struct {
	text string
	// line is the block line (index into Lines) the entry is, -1 for a
	// directive or comment; pos its output line, -1 when none.
	line, pos                int
	stream                   string
	dropped, replaced, added bool
}

// rawEntries lists a block's raw lines as entries.
func rawEntries(seg Segment) []blockEntry {
	byNum := map[int]int{}
	for l, line := range seg.Lines {
		byNum[line.Num] = l
	}
	entries := make([]blockEntry, len(seg.Raw))
	for r, text := range seg.Raw {
		e := blockEntry{text: text, line: -1, pos: -1}
		if l, ok := byNum[seg.Line+r]; ok {
			e.line, e.stream = l, seg.Lines[l].Stream
		}
		entries[r] = e
	}
	return entries
}

// editAnyOrder pairs the lines of any-order block i with output lines
// [p, q) at most, then writes each unpaired output line in the place of an
// unpaired block line, in order, dropping the block lines left and adding
// the output lines left at the end of the block.
func (a *aligner) editAnyOrder(i, p, q int) []blockEntry {
	seg := a.segs[i]
	f := a.fits[i]
	pairs := newPairing(len(seg.Lines))
	for j := p; j < q; j++ {
		pairs.augment(f, j, make([]bool, len(seg.Lines)))
	}
	var extra []int
	for j := p; j < q; j++ {
		if _, ok := pairs.lineOf[j]; !ok {
			extra = append(extra, j)
		}
	}
	entries := rawEntries(seg)
	for r := range entries {
		e := &entries[r]
		if e.line < 0 || pairs.outOf[e.line] >= 0 {
			continue
		}
		if len(extra) == 0 {
			e.dropped = true
			continue
		}
		e.text, e.pos, e.replaced = Escape(a.out[extra[0]]), extra[0], true
		extra = extra[1:]
	}
	var tail []blockEntry
	for _, j := range extra {
		tail = append(tail, blockEntry{text: Escape(a.out[j]), line: -1, pos: j, added: true})
	}
	end := len(entries) - 1 // "-- end --"
	return append(append(entries[:end:end], tail...), entries[end])
}

// editStreams assigns output lines [p, q) to the streams of block i
// (streamsAssign), then gives each output line left a stream: it replaces
// the unassigned line most like it (likeness) among those
// where it fits in their stream's order, else it is added, in order, to the
// stream with the line most like it, or on a tie to the stream of the
// nearest assigned output line (the one before it on a tie).
func (a *aligner) editStreams(i, p, q int) ([]blockEntry, error) {
	seg := a.segs[i]
	kept, err := a.streamsAssign(i, p, q)
	if err != nil {
		return nil, err
	}
	entries := rawEntries(seg)
	owner := map[int]string{} // assigned output line → stream
	for r := range entries {
		e := &entries[r]
		if e.line < 0 {
			continue
		}
		if j, ok := kept[e.line]; ok {
			e.pos = j
			owner[j] = e.stream
		}
	}
	streamLine := func(tag, text string) string { return tag + "| " + strings.ReplaceAll(text, "{{", "{{{{") }
	for j := p; j < q; j++ {
		if _, ok := owner[j]; ok {
			continue
		}
		// Replace the unassigned line most like it among those where it
		// fits in its stream's order.
		best, bestScore := -1, -1
		for r, e := range entries {
			if e.line < 0 || e.pos >= 0 {
				continue
			}
			if err := a.spend(len(entries)); err != nil {
				return nil, err
			}
			if score := likeness(seg.Lines[e.line].Sample(), a.out[j], 2); score > bestScore && fitsInOrder(entries, r, j) {
				best, bestScore = r, score
			}
		}
		if best >= 0 {
			e := &entries[best]
			e.text, e.pos, e.replaced = streamLine(e.stream, a.out[j]), j, true
			owner[j] = e.stream
			continue
		}
		// Else add it to the stream with the line most like it, or on a
		// tie the stream of the nearest assigned output line.
		tag, err := a.closestStream(seg, owner, p, q, j)
		if err != nil {
			return nil, err
		}
		anchor := -1 // after its stream's last line before j, else before its first
		for r, e := range entries {
			if e.stream != tag || e.pos < 0 {
				continue
			}
			if e.pos < j {
				anchor = r
			} else if anchor < 0 {
				anchor = r - 1
				break
			}
		}
		e := blockEntry{text: streamLine(tag, a.out[j]), line: -1, pos: j, stream: tag, added: true}
		entries = append(entries[:anchor+1], append([]blockEntry{e}, entries[anchor+1:]...)...)
		owner[j] = tag
	}
	for r := range entries {
		e := &entries[r]
		if e.line >= 0 && e.pos < 0 {
			e.dropped = true
		}
	}
	return entries, nil
}

// closestStream is the stream an added output line j goes to: the one
// with the line most like it, on a tie the one of the nearest assigned
// output line.
func (a *aligner) closestStream(seg Segment, owner map[int]string, p, q, j int) (string, error) {
	if err := a.spend(len(seg.Lines)); err != nil {
		return "", err
	}
	score := map[string]int{}
	for _, l := range seg.Lines {
		score[l.Stream] = max(score[l.Stream], likeness(l.Sample(), a.out[j], 2))
	}
	tag, best := "", -1
	for d := 1; d < q-p; d++ {
		for _, k := range []int{j - d, j + d} {
			if s, ok := owner[k]; ok && score[s] > best {
				tag, best = s, score[s]
			}
		}
	}
	if tag == "" {
		return "", fmt.Errorf("merge: no stream for output line %d", j)
	}
	return tag, nil
}

// likeness is how alike two lines are: the length of their common prefix
// plus that of their common suffix (not overlapping), the prefix counted
// weight times; more than any other pair's when they are equal. With
// weight 2, a line is closer to one that starts as it does ("a: step 2"
// to "a: step 1" rather than "b: step 2"): a goroutine's lines tend to.
func likeness(a, b string, weight int) int {
	if a == b {
		return (weight+1)*len(a) + 1
	}
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	k := 0
	for k < len(a)-n && k < len(b)-n && a[len(a)-1-k] == b[len(b)-1-k] {
		k++
	}
	return weight*n + k
}

// alike reports whether an output line is like a line of a block: they
// share at least 60% of the longer one's length at their ends ("worker 4
// done" and "worker 1 done", not "all done").
func alike(seg Segment, line string) bool {
	for _, l := range seg.Lines {
		sample := l.Sample()
		if 10*likeness(sample, line, 1) >= 6*max(len(sample), len(line), 1) {
			return true
		}
	}
	return false
}

// fitsInOrder reports whether the unassigned stream line at raw index r
// can take output line j: every assigned line of its stream before it in
// the block has an earlier output line, and every one after it a later one.
func fitsInOrder(entries []blockEntry, r, j int) bool {
	tag := entries[r].stream
	for k, e := range entries {
		if e.stream != tag || e.pos < 0 || k == r {
			continue
		}
		if k < r && e.pos > j || k > r && e.pos < j {
			return false
		}
	}
	return true
}
