package book

import (
	"bytes"
	"fmt"
	"github.com/yuin/goldmark"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// MaxChapterSize bounds a chapter file.
const MaxChapterSize = 4 << 20

var chapterFile = regexp.MustCompile(`^(\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$`)

// Load parses every chapter under root/chapters, with the Markdown
// extensions given (see Markdown). It returns the book and every problem
// found (an ErrorList); a chapter with problems is still part of the book
// where it could be read.
func Load(root string, extra ...goldmark.Extender) (*Book, error) {
	dir := filepath.Join(root, "chapters")
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".md") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	bk := &Book{}
	var errs ErrorList
	ids := map[string]string{}
	for _, name := range names {
		rel := "chapters/" + name
		m := chapterFile.FindStringSubmatch(name)
		if m == nil {
			errs = append(errs, &Error{File: rel, Line: 1, Col: 1, Msg: "a chapter file is named NN-slug.md (lower-case slug, digits and dashes)"})
			continue
		}
		if prev, ok := ids[m[2]]; ok {
			errs = append(errs, &Error{File: rel, Line: 1, Col: 1, Msg: fmt.Sprintf("chapter id %q is also the id of %s", m[2], prev)})
			continue
		}
		ids[m[2]] = rel
		src, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			errs = append(errs, &Error{File: rel, Line: 1, Col: 1, Msg: err.Error()})
			continue
		}
		c, err := ParseChapter(rel, m[2], src, extra...)
		if el, ok := err.(ErrorList); ok {
			errs = append(errs, el...)
		} else if err != nil {
			errs = append(errs, &Error{File: rel, Line: 1, Col: 1, Msg: err.Error()})
		}
		if c != nil {
			bk.Chapters = append(bk.Chapters, c)
		}
	}
	return bk, errs.err()
}

// ParseChapter parses one chapter's Markdown, with the Markdown extensions
// given (see Markdown). path names it in the model and in messages; id is
// its slug.
func ParseChapter(path, id string, src []byte, extra ...goldmark.Extender) (*Chapter, error) {
	errorAt := func(line, col int, format string, args ...any) *Error {
		return &Error{File: path, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)}
	}
	if len(src) > MaxChapterSize {
		return nil, ErrorList{errorAt(1, 1, "chapter is %d bytes, more than the %d a chapter may have", len(src), MaxChapterSize)}
	}
	if !utf8.Valid(src) || bytes.IndexByte(src, 0) >= 0 {
		return nil, ErrorList{errorAt(1, 1, "chapter is not UTF-8 text")}
	}
	c := &Chapter{ID: id, Path: path, Source: src}
	c.Doc = Markdown(extra...).Parser().Parse(text.NewReader(src))
	lines := newLineIndex(src)
	var errs ErrorList
	var section *Section
	byName := map[string]*Program{}
	solves := map[*Program]solutionRef{}
	ast.Walk(c.Doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			section = &Section{Title: nodeText(n, src), Level: n.Level, Line: lines.of(blockStart(n, src))}
			if id, ok := n.AttributeString("id"); ok {
				section.ID = string(id.([]byte))
			}
			if n.Level == 1 && c.Title == "" {
				c.Title = section.Title
			}
			c.Sections = append(c.Sections, section)
			return ast.WalkSkipChildren, nil
		case *ast.FencedCodeBlock:
			if !IsGoLanguage(string(n.Language(src))) {
				return ast.WalkSkipChildren, nil
			}
			b, err := codeBlock(n, src, lines)
			if err != nil {
				errs = append(errs, errorAt(err.line, err.col, "%s", err.msg))
				return ast.WalkSkipChildren, nil
			}
			c.Blocks = append(c.Blocks, b.block)
			if b.attrs.fragment {
				return ast.WalkSkipChildren, nil
			}
			p := byName[b.attrs.name]
			switch {
			case p == nil:
				p = &Program{Chapter: c, Section: section, Name: b.attrs.name, Clock: "virtual"}
				byName[p.Name] = p
				c.Programs = append(c.Programs, p)
			case p.Section != section:
				errs = append(errs, errorAt(b.block.FenceLine, 1, "program %q is also defined at line %d, in another section: segments of one program share a section", p.Name, p.Line()))
				return ast.WalkSkipChildren, nil
			}
			if b.attrs.clock != "" {
				p.Clock = b.attrs.clock
			}
			if b.attrs.timeout != 0 {
				p.Timeout = b.attrs.timeout
			}
			if b.attrs.engine != "" {
				p.Engine = b.attrs.engine
			}
			if b.attrs.hasExit {
				p.Exit = b.attrs.exit
			}
			p.Test = p.Test || b.attrs.test
			p.Exercise = p.Exercise || b.attrs.exercise
			if b.attrs.solution != "" {
				solves[p] = solutionRef{exercise: b.attrs.solution, line: b.block.FenceLine}
			}
			b.block.Program, b.block.Index = p, len(p.Segments)
			p.Segments = append(p.Segments, b.block)
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	errs = append(errs, linkExercises(c, byName, solves, errorAt)...)
	if c.Title == "" {
		errs = append(errs, errorAt(1, 1, "chapter has no level-1 heading (its title)"))
	}
	sort.SliceStable(errs, func(i, j int) bool { return errs[i].Line < errs[j].Line })
	return c, errs.err()
}

// IsGoLanguage reports whether a fence's language names Go: go or golang,
// in any case (```golang is as common as ```go in Markdown, and both are a
// program here, never silently not one).
func IsGoLanguage(lang string) bool {
	return strings.EqualFold(lang, "go") || strings.EqualFold(lang, "golang")
}

// blockError is a problem in a code block, at a line and column.
type blockError struct {
	line, col int
	msg       string
}

type parsedBlock struct {
	block *CodeBlock
	attrs fenceAttrs
}

// codeBlock reads a ```go block: its attributes, lines and code.
func codeBlock(n *ast.FencedCodeBlock, src []byte, lines lineIndex) (parsedBlock, *blockError) {
	var code strings.Builder
	for i := 0; i < n.Lines().Len(); i++ {
		seg := n.Lines().At(i)
		code.Write(seg.Value(src))
	}
	fenceOff := blockStart(n, src)
	fenceLine := lines.of(fenceOff)
	b := &CodeBlock{Node: n, FenceLine: fenceLine, CodeLine: fenceLine + 1, Code: code.String()}
	if n.Lines().Len() > 0 {
		b.CodeLine = lines.of(n.Lines().At(0).Start)
	}
	info := ""
	infoCol := 1
	if n.Info != nil {
		info = string(n.Info.Segment.Value(src))
		infoCol = n.Info.Segment.Start - lines.start(fenceLine) + 1
	}
	attrs, col, err := parseFenceAttrs(info)
	if err != nil {
		return parsedBlock{}, &blockError{line: fenceLine, col: infoCol + col, msg: err.Error()}
	}
	if !closed(n, src) {
		return parsedBlock{}, &blockError{line: fenceLine, col: 1, msg: "code fence is never closed"}
	}
	return parsedBlock{block: b, attrs: attrs}, nil
}

// closed reports whether a fenced block has its closing fence: the line after
// its last line starts, after up to three spaces, with ``` or ~~~.
func closed(n *ast.FencedCodeBlock, src []byte) bool {
	end := 0
	if n.Lines().Len() > 0 {
		end = n.Lines().At(n.Lines().Len() - 1).Stop
	} else if n.Info != nil {
		end = n.Info.Segment.Stop
		if i := bytes.IndexByte(src[end:], '\n'); i >= 0 {
			end += i + 1
		} else {
			return false
		}
	}
	rest := bytes.TrimLeft(src[end:], " ")
	return bytes.HasPrefix(rest, []byte("```")) || bytes.HasPrefix(rest, []byte("~~~"))
}

// blockStart is the offset of the first line of a block node. goldmark
// keeps the lines of a block's content; a fence or heading starts on the line
// before its first content line, or where its info string is.
func blockStart(n ast.Node, src []byte) int {
	switch n := n.(type) {
	case *ast.FencedCodeBlock:
		if n.Info != nil {
			return n.Info.Segment.Start
		}
		if n.Lines().Len() > 0 {
			// The fence is the line before the first line of code.
			off := n.Lines().At(0).Start - 1
			for off > 0 && src[off-1] != '\n' {
				off--
			}
			return max(off, 0)
		}
	case *ast.Heading:
		if n.Lines().Len() > 0 {
			return n.Lines().At(0).Start
		}
	}
	return 0
}

// nodeText is the plain text of a node's inline children.
func nodeText(n ast.Node, src []byte) string {
	var b strings.Builder
	ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.Text:
			b.Write(c.Segment.Value(src))
			if c.SoftLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(c.Value)
		case *ast.CodeSpan:
			for g := c.FirstChild(); g != nil; g = g.NextSibling() {
				if t, ok := g.(*ast.Text); ok {
					b.Write(t.Segment.Value(src))
				}
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return strings.TrimSpace(b.String())
}
