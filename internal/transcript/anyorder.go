package transcript

import "fmt"

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

// anyOrderProblem names a line of the block that no line of the window
// matches, or a line of the window that no line of the block matches.
func (m *matcher) anyOrderProblem(want []Line, window []string) string {
	for _, w := range want {
		found := false
		for _, a := range window {
			if w.Matches(a) {
				found = true
				break
			}
		}
		if !found {
			return fmt.Sprintf("no output line matches line %d, %q", w.Num, w.Sample())
		}
	}
	for j, a := range window {
		found := false
		for _, w := range want {
			if w.Matches(a) {
				found = true
				break
			}
		}
		if !found {
			return fmt.Sprintf("output line %q (block line %d) matches no line of the block", a, j+1)
		}
	}
	return "the output lines cannot be paired one to one with the block's lines (a line is missing and another is doubled)"
}
