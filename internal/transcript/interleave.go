package transcript

import (
	"encoding/binary"
	"fmt"
	"strings"
)

// interleaving reports whether window is an interleaving of the block's
// streams: every stream's lines in order, streams mixed freely.
//
// The search walks states (how far each stream has got) in depth-first
// order. Where exactly one stream's next line matches the output line it
// just advances; where several do it branches, remembering the branch states
// that failed, so that no state is explored twice. With distinct lines the
// walk is linear; with identical lines in k streams it is bounded by the
// number of states, polynomial for a fixed k, and by MaxSteps.
func (m *matcher) interleaving(seg Segment, window []string) (bool, error) {
	streams := splitStreams(seg)
	s := &interleaver{m: m, streams: streams, window: window, pos: make([]int, len(streams)), failed: map[string]bool{}}
	return s.search(0)
}

// splitStreams returns the lines of each stream of a block, in order.
func splitStreams(seg Segment) [][]Line {
	index := map[string]int{}
	var streams [][]Line
	for _, l := range seg.Lines {
		i, ok := index[l.Stream]
		if !ok {
			i = len(streams)
			index[l.Stream] = i
			streams = append(streams, nil)
		}
		streams[i] = append(streams[i], l)
	}
	return streams
}

type interleaver struct {
	m       *matcher
	streams [][]Line
	window  []string
	pos     []int
	failed  map[string]bool
	// deepest is the furthest output line reached, for messages.
	deepest    int
	deepestPos []int
}

// search tries to match window[i:] from the current positions.
func (s *interleaver) search(i int) (bool, error) {
	for {
		if i > s.deepest || s.deepestPos == nil {
			s.deepest, s.deepestPos = i, append([]int(nil), s.pos...)
		}
		if i == len(s.window) {
			return true, nil
		}
		var cands []int
		for k, lines := range s.streams {
			if p := s.pos[k]; p < len(lines) && lines[p].Matches(s.window[i]) {
				cands = append(cands, k)
			}
		}
		if err := s.m.step(len(s.streams)); err != nil {
			return false, err
		}
		switch len(cands) {
		case 0:
			return false, nil
		case 1:
			s.pos[cands[0]]++
			i++
			continue
		}
		key := s.key()
		if s.failed[key] {
			return false, nil
		}
		saved := append([]int(nil), s.pos...)
		for _, k := range cands {
			s.pos[k]++
			ok, err := s.search(i + 1)
			if ok || err != nil {
				return ok, err
			}
			copy(s.pos, saved)
		}
		s.failed[key] = true
		return false, nil
	}
}

func (s *interleaver) key() string {
	b := make([]byte, 0, 4*len(s.pos))
	for _, p := range s.pos {
		b = binary.LittleEndian.AppendUint32(b, uint32(p))
	}
	return string(b)
}

// streamsProblem explains the failure: the furthest output line the search
// reached, and what each stream expected there.
func (m *matcher) streamsProblem(seg Segment, window []string) (int, string) {
	streams := splitStreams(seg)
	s := &interleaver{m: &matcher{t: m.t}, streams: streams, window: window, pos: make([]int, len(streams)), failed: map[string]bool{}}
	s.search(0)
	var next []string
	for k, lines := range streams {
		if p := s.deepestPos[k]; p < len(lines) {
			next = append(next, fmt.Sprintf("%s| %s", lines[p].Stream, lines[p].Sample()))
		}
	}
	return s.deepest, fmt.Sprintf("output line %q fits no stream; the streams' next lines are: %s", window[s.deepest], strings.Join(next, "; "))
}
