package transcript

// Transcript is a parsed transcript file.
type Transcript struct {
	// Name is the file the transcript came from, used in messages.
	Name     string
	Segments []Segment
}

// Kind is what a segment of a transcript is.
type Kind int

const (
	// Literal is one line of output, in order.
	Literal Kind = iota
	// AnyOrder is a block of lines that may come in any order.
	AnyOrder
	// Streams is a block of tagged lines: each tag's lines in order, tags
	// interleaved freely.
	Streams
	// Skip stands for any number of lines.
	Skip
	// Comment is a note for editors; it matches nothing.
	Comment
)

func (k Kind) String() string {
	switch k {
	case Literal:
		return "line"
	case AnyOrder:
		return "any-order block"
	case Streams:
		return "streams block"
	case Skip:
		return "skip"
	}
	return "comment"
}

// Segment is one line of a transcript, or one block of lines.
type Segment struct {
	Kind Kind
	// Line is the segment's first line in the transcript file (1-based): the
	// line itself, or the block's opening directive. EndLine is its last.
	Line, EndLine int
	// Lines are the output lines the segment expects: one for Literal,
	// several for a block, none for Skip and Comment.
	Lines []Line
	// Text is a Comment's text.
	Text string
	// Raw is the segment as written in the file, one string a line.
	Raw []string
}

// Line is one expected line of output.
type Line struct {
	// Num is the line's number in the transcript file.
	Num int
	// Stream is the tag of a line in a streams block.
	Stream string
	// Parts are the line's literal text and placeholders, in order.
	Parts []Part
	pat   pattern
}

// Part is a piece of an expected line: literal text, or a placeholder.
type Part struct {
	Text string // literal text, or the placeholder's sample
	// Kind is the placeholder's kind ("int", "duration", "/re/", ...);
	// empty for literal text.
	Kind string
}

// IsPlaceholder reports whether the part is a placeholder.
func (p Part) IsPlaceholder() bool { return p.Kind != "" }

// Sample is the line as readers see it: placeholders replaced by their
// samples (or by <kind> where a placeholder has none).
func (l Line) Sample() string {
	var s string
	for _, p := range l.Parts {
		if p.IsPlaceholder() && p.Text == "" {
			s += "<" + p.Kind + ">"
			continue
		}
		s += p.Text
	}
	return s
}

// Matches reports whether an output line fits the expected line.
func (l Line) Matches(s string) bool { return l.pat.match(s) }

// Streams lists the tags of a streams block in order of first appearance.
func (s Segment) Streams() []string {
	var tags []string
	seen := map[string]bool{}
	for _, l := range s.Lines {
		if !seen[l.Stream] {
			seen[l.Stream] = true
			tags = append(tags, l.Stream)
		}
	}
	return tags
}
