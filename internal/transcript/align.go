package transcript

import (
	"fmt"
	"math"
	"slices"
)

// The costs of the edits Merge chooses among, in tenths of a line. A line
// added inside a block costs a tenth more than one written beside it, so
// that a tie goes to the stricter transcript; a block line dropped and an
// output line added in its place (a changed line) cost less than the two
// apart.
const (
	costInsert    = 10 // an output line written as a new literal line
	costDelete    = 10 // a line of the transcript dropped
	costBlockAdd  = 11 // an output line added inside a block
	changeBonus   = 5  // taken off for each block line replaced in place
	alignBudget   = 4_000_000
	spanSlackBase = 8 // a block of L lines may cover up to 2L+8 output lines
	maxStates     = 1 << 20
)

// blockCost is the cost of editing a block of l lines, k of them kept, to
// cover span output lines.
func blockCost(l, span, k int) int {
	drop, add := l-k, span-k
	return drop*costDelete + add*costBlockAdd - min(drop, add)*changeBonus
}

// A step is how the alignment reached a state: the kind of edit and the
// output position it came from.
type step struct {
	kind stepKind
	from int
}

type stepKind uint8

const (
	stNone      stepKind = iota
	stInsert             // an output line written as a literal
	stKeep               // a segment kept as written
	stDelete             // a literal line dropped
	stBlock              // a block kept over output lines, edited if need be
	stDropBlock          // a block dropped
)

// aligner holds the state of one alignment.
type aligner struct {
	t     *Transcript
	segs  []Segment
	out   []string
	steps int
	// fits[i][l][j]: line l of block segment i matches output line j.
	fits map[int][][]bool
}

var errBudget = fmt.Errorf("merge: over budget")

func (a *aligner) spend(n int) error {
	a.steps += n
	if a.steps > alignBudget {
		return errBudget
	}
	return nil
}

// align aligns segs with out at the least cost (see Merge) and returns the
// merged lines, with out's lines numbered from base, and the notes. It
// reports false when the work would pass alignBudget.
func (t *Transcript) align(segs []Segment, out []string, base int) ([]mergedLine, []string, bool) {
	a := &aligner{t: t, segs: segs, out: out, fits: map[int][][]bool{}}
	n, m := len(segs), len(out)
	if (n+1)*(m+1) > maxStates {
		return nil, nil, false
	}
	const inf = math.MaxInt / 4
	dist := make([][]int, n+1)
	back := make([][]step, n+1)
	for i := range dist {
		dist[i] = make([]int, m+1)
		back[i] = make([]step, m+1)
		for p := range dist[i] {
			dist[i][p] = inf
		}
	}
	dist[0][0] = 0
	for i := 0; i <= n; i++ {
		row := dist[i]
		for p := 0; p < m; p++ {
			// <=: on a tie, output lines go after the segments kept
			// (after a comment, say, rather than before it).
			if row[p]+costInsert <= row[p+1] {
				row[p+1], back[i][p+1] = row[p]+costInsert, step{stInsert, p}
			}
		}
		if i == n {
			break
		}
		next, nback := dist[i+1], back[i+1]
		relax := func(q, c int, kind stepKind, from int) {
			if c < next[q] {
				next[q], nback[q] = c, step{kind, from}
			}
		}
		seg := segs[i]
		switch seg.Kind {
		case Comment:
			for p := 0; p <= m; p++ {
				relax(p, row[p], stKeep, p)
			}
		case Skip:
			best, from := inf, 0
			for p := 0; p <= m; p++ {
				if row[p] < best {
					best, from = row[p], p
				}
				relax(p, best, stKeep, from)
			}
		case Literal:
			if err := a.spend(m + 1); err != nil {
				return nil, nil, false
			}
			for p := 0; p <= m; p++ {
				relax(p, row[p]+costDelete, stDelete, p)
				if p < m && seg.Lines[0].Matches(out[p]) {
					relax(p+1, row[p], stKeep, p)
				}
			}
		case AnyOrder, Streams:
			if err := a.blockFits(i); err != nil {
				return nil, nil, false
			}
			l := len(seg.Lines)
			maxSpan := 2*l + spanSlackBase
			for p := 0; p <= m; p++ {
				relax(p, row[p]+l*costDelete, stDropBlock, p)
				if row[p] >= inf {
					continue
				}
				var err error
				if seg.Kind == AnyOrder {
					err = a.anyOrderSpans(i, p, min(m, p+maxSpan), func(q, k int) {
						relax(q, row[p]+blockCost(l, q-p, k), stBlock, p)
					})
				} else {
					for q := p + 1; q <= min(m, p+maxSpan) && err == nil; q++ {
						var k int
						if k, err = a.streamsKept(i, p, q); err == nil && k > 0 {
							relax(q, row[p]+blockCost(l, q-p, k), stBlock, p)
						}
					}
				}
				if err != nil {
					return nil, nil, false
				}
			}
		}
	}
	if dist[n][m] >= inf {
		return nil, nil, false
	}

	// Walk back from the end, then build the lines in order.
	type move struct {
		kind stepKind
		i    int // the segment, for all but inserts
		p, q int // the output lines it covers
	}
	var moves []move
	for i, p := n, m; i > 0 || p > 0; {
		s := back[i][p]
		switch s.kind {
		case stInsert:
			moves = append(moves, move{stInsert, i, s.from, p})
			p = s.from
		case stNone:
			return nil, nil, false // unreachable: every state has a way in
		default:
			moves = append(moves, move{s.kind, i - 1, s.from, p})
			i, p = i-1, s.from
		}
	}
	slices.Reverse(moves)
	// A new line beside a block that is like the block's lines (a fourth
	// worker's line beside three) goes into it: it came out at the block's
	// edge in this run, and may come anywhere in it in the next.
	for k, mv := range moves {
		if mv.kind != stBlock {
			continue
		}
		for j := k + 1; j < len(moves); j++ {
			if moves[j].kind == stDelete {
				continue
			}
			if moves[j].kind != stInsert || moves[j].p != moves[k].q || !alike(segs[mv.i], out[moves[j].p]) {
				break
			}
			moves[k].q++
			moves[j].kind = stNone
		}
		for j := k - 1; j >= 0; j-- {
			if moves[j].kind == stDelete {
				continue
			}
			if moves[j].kind != stInsert || moves[j].q != moves[k].p || !alike(segs[mv.i], out[moves[j].p]) {
				break
			}
			moves[k].p--
			moves[j].kind = stNone
		}
	}
	var lines []mergedLine
	var notes []string
	for _, mv := range moves {
		switch mv.kind {
		case stInsert:
			lines = append(lines, mergedLine{text: Escape(out[mv.p]), out: base + mv.p})
		case stKeep:
			lines = append(lines, keptLines(segs[mv.i])...)
		case stDelete, stNone:
		case stDropBlock:
			seg := segs[mv.i]
			notes = append(notes, fmt.Sprintf("%s:%d: removed the %s (lines %d-%d): none of its lines is in the output any more; review it", t.Name, seg.Line, seg.Kind, seg.Line, seg.EndLine))
		case stBlock:
			seg := segs[mv.i]
			edited, changes, err := a.editBlock(mv.i, mv.p, mv.q, base)
			if err != nil {
				return nil, nil, false
			}
			lines = append(lines, edited...)
			if changes != "" {
				notes = append(notes, fmt.Sprintf("%s:%d: the %s (lines %d-%d) no longer fits the output: kept it with %s; review it", t.Name, seg.Line, seg.Kind, seg.Line, seg.EndLine, changes))
			}
		}
	}
	return lines, notes, true
}

// blockFits fills a.fits for block segment i.
func (a *aligner) blockFits(i int) error {
	seg := a.segs[i]
	if err := a.spend(len(seg.Lines) * len(a.out)); err != nil {
		return err
	}
	f := make([][]bool, len(seg.Lines))
	for l, line := range seg.Lines {
		f[l] = make([]bool, len(a.out))
		for j, o := range a.out {
			f[l][j] = line.Matches(o)
		}
	}
	a.fits[i] = f
	return nil
}

// anyOrderSpans calls span(q, k) for each end q in (p, maxQ] where k, the
// most lines of any-order block i that output lines [p, q) can pair with,
// is at least one. The pairing grows one output line at a time: a maximum
// matching plus one vertex gains at most one pair, by an augmenting path
// from the new vertex.
func (a *aligner) anyOrderSpans(i, p, maxQ int, span func(q, k int)) error {
	f := a.fits[i]
	pairs := newPairing(len(f))
	k := 0
	for q := p + 1; q <= maxQ; q++ {
		seen := make([]bool, len(f))
		found, work := pairs.augment(f, q-1, seen)
		if err := a.spend(work + 1); err != nil {
			return err
		}
		if found {
			k++
		}
		if k > 0 {
			span(q, k)
		}
	}
	return nil
}

// streamsKept is how many lines of streams block i an edit keeps over
// output lines [p, q): all of them when the lines fit as they are, else
// those of an assignment made stream by stream (streamsAssign).
func (a *aligner) streamsKept(i, p, q int) (int, error) {
	seg := a.segs[i]
	if q-p == len(seg.Lines) {
		m := &matcher{t: a.t, out: a.out}
		ok, err := m.interleaving(seg, a.out[p:q])
		if a.spend(m.steps) != nil || err != nil {
			return 0, errBudget
		}
		if ok {
			return len(seg.Lines), nil
		}
	}
	kept, err := a.streamsAssign(i, p, q)
	return len(kept), err
}

// streamsAssign pairs lines of streams block i with output lines in
// [p, q), keeping each stream's order: stream by stream, in the order the
// block names them, the longest common subsequence of the stream's lines
// and the output lines no earlier stream took. The result maps a block line
// to its output line.
func (a *aligner) streamsAssign(i, p, q int) (map[int]int, error) {
	seg := a.segs[i]
	f := a.fits[i]
	taken := make([]bool, q-p)
	kept := map[int]int{}
	for _, idx := range streamIndexes(seg) {
		n, w := len(idx), q-p
		if err := a.spend(n * w); err != nil {
			return nil, err
		}
		// lcs[x][y]: the longest common subsequence of idx[x:] and
		// output lines p+y.. that are not taken.
		lcs := make([][]int32, n+1)
		for x := range lcs {
			lcs[x] = make([]int32, w+1)
		}
		for x := n - 1; x >= 0; x-- {
			for y := w - 1; y >= 0; y-- {
				best := max(lcs[x+1][y], lcs[x][y+1])
				if !taken[y] && f[idx[x]][p+y] {
					best = max(best, lcs[x+1][y+1]+1)
				}
				lcs[x][y] = best
			}
		}
		for x, y := 0, 0; x < n && y < w; {
			switch {
			case !taken[y] && f[idx[x]][p+y] && lcs[x][y] == lcs[x+1][y+1]+1:
				kept[idx[x]] = p + y
				taken[y] = true
				x++
				y++
			case lcs[x+1][y] >= lcs[x][y+1]:
				x++
			default:
				y++
			}
		}
	}
	return kept, nil
}

// streamIndexes lists, for each stream of a block in order of first
// appearance, the indexes of its lines in seg.Lines.
func streamIndexes(seg Segment) [][]int {
	index := map[string]int{}
	var streams [][]int
	for l, line := range seg.Lines {
		k, ok := index[line.Stream]
		if !ok {
			k = len(streams)
			index[line.Stream] = k
			streams = append(streams, nil)
		}
		streams[k] = append(streams[k], l)
	}
	return streams
}
