package transcript

import (
	"fmt"
	"regexp"
	"strings"
)

// placeholderKinds maps each kind to the regular expression of its values.
var placeholderKinds = map[string]string{
	"int":      `-?[0-9]+`,
	"float":    `-?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?`,
	"duration": `-?(?:0s|(?:[0-9]+h)?(?:[0-9]+m)?(?:[0-9]+(?:\.[0-9]+)?(?:s|ms|µs|us|ns))?)`,
	"pid":      `[0-9]+`,
	"hex":      `(?:0x)?[0-9a-fA-F]+`,
	"word":     `\S+`,
	"any":      `.*`,
}

// pattern matches one output line. A line without placeholders compares as
// a string; one with placeholders as an anchored regular expression, after a
// quick check of its literal prefix.
type pattern struct {
	literal string
	prefix  string
	re      *regexp.Regexp
}

func (p pattern) match(s string) bool {
	if p.re == nil {
		return s == p.literal
	}
	return strings.HasPrefix(s, p.prefix) && p.re.MatchString(s)
}

// columnError is an error at a column of an expected line's text.
type columnError struct {
	col int
	err error
}

func (e *columnError) Error() string { return e.err.Error() }

// parseParts splits the text of an expected line into literal text and
// placeholders, and compiles its pattern.
func parseParts(text string) ([]Part, pattern, error) {
	var parts []Part
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			parts = append(parts, Part{Text: lit.String()})
			lit.Reset()
		}
	}
	for i := 0; i < len(text); {
		if !strings.HasPrefix(text[i:], "{{") {
			lit.WriteByte(text[i])
			i++
			continue
		}
		if strings.HasPrefix(text[i:], "{{{{") {
			lit.WriteString("{{")
			i += 4
			continue
		}
		end := strings.Index(text[i+2:], "}}")
		if end < 0 {
			return nil, pattern{}, &columnError{i, fmt.Errorf("unterminated placeholder (write {{{{ for a literal {{)")}
		}
		p, err := parsePlaceholder(text[i+2 : i+2+end])
		if err != nil {
			return nil, pattern{}, &columnError{i, err}
		}
		flush()
		parts = append(parts, p)
		i += 2 + end + 2
	}
	flush()
	pat, err := compile(parts)
	return parts, pat, err
}

// parsePlaceholder reads "kind", "kind sample" or "/re/ sample".
func parsePlaceholder(s string) (Part, error) {
	var kind, sample, expr string
	if strings.HasPrefix(s, "/") {
		end := strings.Index(s[1:], "/")
		if end < 0 {
			return Part{}, fmt.Errorf("placeholder {{%s}}: unterminated regular expression", s)
		}
		kind, expr = s[:end+2], s[1:end+1]
		sample = strings.TrimPrefix(s[end+2:], " ")
		if _, err := regexp.Compile(expr); err != nil {
			return Part{}, fmt.Errorf("placeholder {{%s}}: %v", s, err)
		}
	} else {
		kind, sample, _ = strings.Cut(s, " ")
		var ok bool
		if expr, ok = placeholderKinds[kind]; !ok {
			return Part{}, fmt.Errorf("placeholder {{%s}}: unknown kind %q (want int, float, duration, pid, hex, word, any or /regexp/)", s, kind)
		}
	}
	if sample != "" && !regexp.MustCompile(`^(?:`+expr+`)$`).MatchString(sample) {
		return Part{}, fmt.Errorf("placeholder {{%s}}: sample %q is not a %s", s, sample, kind)
	}
	return Part{Kind: kind, Text: sample}, nil
}

// compile builds the pattern of a line's parts.
func compile(parts []Part) (pattern, error) {
	var re, prefix, lit strings.Builder
	placeholders := false
	for _, p := range parts {
		if !p.IsPlaceholder() {
			re.WriteString(regexp.QuoteMeta(p.Text))
			lit.WriteString(p.Text)
			if !placeholders {
				prefix.WriteString(p.Text)
			}
			continue
		}
		placeholders = true
		expr := placeholderKinds[p.Kind]
		if strings.HasPrefix(p.Kind, "/") {
			expr = p.Kind[1 : len(p.Kind)-1]
		}
		re.WriteString("(?:" + expr + ")")
	}
	if !placeholders {
		return pattern{literal: lit.String()}, nil
	}
	r, err := regexp.Compile("^" + re.String() + "$")
	if err != nil {
		return pattern{}, err
	}
	return pattern{prefix: prefix.String(), re: r}, nil
}
