package transcript

import (
	"fmt"
	"strings"
)

// anyOrder reports whether the window is a permutation of the expected
// lines: a perfect matching in the bipartite graph of (expected, actual)
// pairs that match, found with augmenting paths (Kuhn's algorithm), so that
// placeholders that fit several lines never cause a false failure.
func (m *matcher) anyOrder(want []Line, window []string) (bool, error) {
	n := len(want)
	if err := m.step(n * n); err != nil {
		return false, err
	}
	// Cheap test first: each line matched by its counterpart in order.
	edges := make([][]int, n) // expected i → actual lines it matches
	for i, w := range want {
		for j, a := range window {
			if w.Matches(a) {
				edges[i] = append(edges[i], j)
			}
		}
		if len(edges[i]) == 0 {
			return false, nil
		}
	}
	matched := make([]int, n) // actual j → expected i, or -1
	for j := range matched {
		matched[j] = -1
	}
	for i := range n {
		seen := make([]bool, n)
		if !augment(i, edges, matched, seen) {
			return false, nil
		}
		if err := m.step(n); err != nil {
			return false, err
		}
	}
	return true, nil
}

func augment(i int, edges [][]int, matched []int, seen []bool) bool {
	for _, j := range edges[i] {
		if seen[j] {
			continue
		}
		seen[j] = true
		if matched[j] < 0 || augment(matched[j], edges, matched, seen) {
			matched[j] = i
			return true
		}
	}
	return false
}

// anyOrderProblem names the lines of the block and of the window that
// found no partner in a pairing of the most lines (first is the window's
// first output line, 0-based).
func (m *matcher) anyOrderProblem(want []Line, window []string, first int) string {
	f := make([][]bool, len(want))
	for l, w := range want {
		f[l] = make([]bool, len(window))
		for j, a := range window {
			f[l][j] = w.Matches(a)
		}
	}
	pairs := newPairing(len(want))
	for j := range window {
		pairs.augment(f, j, make([]bool, len(want)))
	}
	var lonelyWant, lonelyOut []string
	for l, w := range want {
		if pairs.outOf[l] < 0 {
			lonelyWant = append(lonelyWant, fmt.Sprintf("%d %q", w.Num, w.Sample()))
		}
	}
	for j, a := range window {
		if _, ok := pairs.lineOf[j]; !ok {
			lonelyOut = append(lonelyOut, fmt.Sprintf("%d %q", first+j+1, a))
		}
	}
	verb := "pair with"
	if len(lonelyOut) == 1 {
		verb = "pairs with"
	}
	return fmt.Sprintf("no output line pairs with %s; %s %s no line of the block",
		listLines("line", "lines", lonelyWant), listLines("output line", "output lines", lonelyOut), verb)
}

// listLines writes "line 4 "x"" or "lines 4 "x", 5 "y"", at most five of
// them and how many more.
func listLines(one, many string, items []string) string {
	if len(items) == 1 {
		return one + " " + items[0]
	}
	const most = 5
	s := many + " " + strings.Join(items[:min(most, len(items))], ", ")
	if len(items) > most {
		s += fmt.Sprintf(" and %d more", len(items)-most)
	}
	return s
}

// pairing is a matching between a block's lines and output lines.
type pairing struct {
	lineOf map[int]int // output line → block line
	outOf  []int       // block line → output line, or -1
}

func newPairing(n int) *pairing {
	p := &pairing{lineOf: map[int]int{}, outOf: make([]int, n)}
	for i := range p.outOf {
		p.outOf[i] = -1
	}
	return p
}

// augment looks for an augmenting path from output line j, and takes it.
func (p *pairing) augment(f [][]bool, j int, seen []bool) (bool, int) {
	work := 0
	for l := range f {
		work++
		if !f[l][j] || seen[l] {
			continue
		}
		seen[l] = true
		if p.outOf[l] < 0 {
			p.outOf[l], p.lineOf[j] = j, l
			return true, work
		}
		ok, w := p.augment(f, p.outOf[l], seen)
		work += w
		if ok {
			p.outOf[l], p.lineOf[j] = j, l
			return true, work
		}
	}
	return false, work
}
