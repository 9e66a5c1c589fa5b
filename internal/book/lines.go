package book

import "sort"

// lineIndex maps byte offsets of a source to 1-based line numbers.
type lineIndex []int // offsets where lines start

func newLineIndex(src []byte) lineIndex {
	idx := lineIndex{0}
	for i, c := range src {
		if c == '\n' {
			idx = append(idx, i+1)
		}
	}
	return idx
}

// of returns the line of offset off.
func (l lineIndex) of(off int) int {
	return sort.Search(len(l), func(i int) bool { return l[i] > off })
}

// start returns the offset where line n starts.
func (l lineIndex) start(n int) int {
	if n < 1 || n > len(l) {
		return 0
	}
	return l[n-1]
}
