package transcript

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"
)

// ParseError is a transcript that cannot be read, at file:line:col.
type ParseError struct {
	File      string
	Line, Col int
	Msg       string
}

func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg) }

var (
	directivePattern = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^-- (.*) --$`) })
	streamTag        = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^([A-Za-z0-9_.-]+)\| ?`) })
)

// MaxSize bounds a transcript file; the runner keeps at most 1 MiB of a
// program's output, so a larger transcript can never match.
const MaxSize = 16 << 20

// Parse reads a transcript. name is the file it came from, for messages.
func Parse(name string, data []byte) (*Transcript, error) {
	if len(data) > MaxSize {
		return nil, &ParseError{File: name, Line: 1, Col: 1, Msg: fmt.Sprintf("transcript is %d bytes, more than the %d a transcript may have", len(data), MaxSize)}
	}
	if !utf8.Valid(data) {
		return nil, &ParseError{File: name, Line: firstInvalidLine(data), Col: 1, Msg: "transcript is not UTF-8 text"}
	}
	t := &Transcript{Name: name}
	errorf := func(line, col int, format string, args ...any) error {
		return &ParseError{File: name, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)}
	}
	var block *Segment // open any-order or streams block
	for i, text := range splitLines(string(data)) {
		num := i + 1
		raw := text
		if m := directivePattern().FindStringSubmatch(text); m != nil {
			word := m[1]
			switch {
			case strings.HasPrefix(word, "#"):
				if block == nil {
					t.Segments = append(t.Segments, Segment{Kind: Comment, Line: num, EndLine: num, Text: strings.TrimSpace(word[1:]), Raw: []string{raw}})
				} else {
					block.Raw = append(block.Raw, raw)
				}
			case word == "any order" || word == "streams":
				if block != nil {
					return nil, errorf(num, 1, "%q inside the %s opened on line %d: blocks do not nest (close it with -- end --)", text, block.Kind, block.Line)
				}
				kind := AnyOrder
				if word == "streams" {
					kind = Streams
				}
				block = &Segment{Kind: kind, Line: num, Raw: []string{raw}}
			case word == "end":
				if block == nil {
					return nil, errorf(num, 1, "-- end -- without an open block")
				}
				if len(block.Lines) == 0 {
					return nil, errorf(block.Line, 1, "empty %s", block.Kind)
				}
				block.EndLine = num
				block.Raw = append(block.Raw, raw)
				t.Segments = append(t.Segments, *block)
				block = nil
			case word == "skip":
				if block != nil {
					return nil, errorf(num, 1, "-- skip -- inside the %s opened on line %d", block.Kind, block.Line)
				}
				t.Segments = append(t.Segments, Segment{Kind: Skip, Line: num, EndLine: num, Raw: []string{raw}})
			default:
				return nil, errorf(num, 1, "unknown directive %q (want any order, streams, end, skip or # comment; escape a literal line with \\)", text)
			}
			continue
		}
		line := Line{Num: num}
		col := 1
		if strings.HasPrefix(text, `\`) {
			text = text[1:]
			col++
		}
		if block != nil && block.Kind == Streams {
			m := streamTag().FindStringSubmatch(text)
			if m == nil {
				return nil, errorf(num, 1, "line in the streams block opened on line %d has no stream tag (want \"tag| text\")", block.Line)
			}
			line.Stream = m[1]
			col += len(m[0])
			text = text[len(m[0]):]
		}
		parts, pat, err := parseParts(text)
		if err != nil {
			if ce, ok := err.(*columnError); ok {
				col += ce.col
			}
			return nil, errorf(num, col, "%v", err)
		}
		line.Parts, line.pat = parts, pat
		if block != nil {
			block.Lines = append(block.Lines, line)
			block.Raw = append(block.Raw, raw)
			continue
		}
		t.Segments = append(t.Segments, Segment{Kind: Literal, Line: num, EndLine: num, Lines: []Line{line}, Raw: []string{raw}})
	}
	if block != nil {
		return nil, errorf(block.Line, 1, "%s is never closed (want -- end --)", block.Kind)
	}
	return t, nil
}

// splitLines splits text into lines; a final newline ends the last line
// rather than starting an empty one.
func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}

func firstInvalidLine(data []byte) int {
	line := 1
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			return line
		}
		if r == '\n' {
			line++
		}
		data = data[size:]
	}
	return line
}

// Lines splits program output into the lines a transcript matches. Bytes
// that are not UTF-8 become U+FFFD, as transcripts are UTF-8 text.
func Lines(output string) []string { return splitLines(strings.ToValidUTF8(output, "\uFFFD")) }
