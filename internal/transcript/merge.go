package transcript

import (
	"strings"
)

// Escape writes one line of output as a transcript line that matches exactly
// it: a backslash before a line that would read as a directive or that
// starts with a backslash, and {{{{ for each literal {{.
func Escape(line string) string {
	line = strings.ReplaceAll(line, "{{", "{{{{")
	if strings.HasPrefix(line, `\`) || directivePattern.MatchString(line) {
		line = `\` + line
	}
	return line
}

// FromOutput writes a transcript that matches output exactly, one literal
// line a line.
func FromOutput(output string) []byte {
	var b strings.Builder
	for _, l := range Lines(output) {
		b.WriteString(Escape(l))
		b.WriteByte('\n')
	}
	return []byte(b.String())
}

// Merge returns a transcript for a new output that keeps as much of t as
// still matches: the longest run of leading segments and the longest run of
// trailing segments that fit the output, with their directives and
// placeholders as written; what lies between is replaced by the output's
// lines, as literals. The result always matches output. When t matches
// output already, Merge returns t's text unchanged.
func (t *Transcript) Merge(output string) []byte {
	if t.Match(output) == nil {
		var lines []string
		for _, seg := range t.Segments {
			lines = append(lines, seg.Raw...)
		}
		return joinLines(lines)
	}
	out := Lines(output)
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
	var lines []string
	for _, seg := range segs[:bestA] {
		lines = append(lines, seg.Raw...)
	}
	for _, l := range out[bestP:bestS] {
		lines = append(lines, Escape(l))
	}
	for _, seg := range segs[len(segs)-bestB:] {
		lines = append(lines, seg.Raw...)
	}
	return joinLines(lines)
}

func joinLines(lines []string) []byte {
	if len(lines) == 0 {
		return nil
	}
	return []byte(strings.Join(lines, "\n") + "\n")
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
