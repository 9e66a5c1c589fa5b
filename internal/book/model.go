package book

import (
	"fmt"
	"path"
	"strings"
	"time"

	"github.com/yuin/goldmark/ast"
)

// Book is every chapter, in order.
type Book struct {
	Chapters []*Chapter
}

// Chapter is one Markdown file of chapters/.
type Chapter struct {
	ID    string // the slug: chapters/02-multithreading.md is "multithreading"
	Path  string // relative to the book's root, slash-separated
	Title string
	// Source is the Markdown text and Doc its goldmark tree.
	Source   []byte
	Doc      ast.Node
	Sections []*Section
	Programs []*Program
	// Blocks are the chapter's Go code blocks, in order.
	Blocks []*CodeBlock
}

// Section is the part of a chapter under one heading.
type Section struct {
	ID    string
	Title string
	Level int
	Line  int
}

// Program is one runnable program: one or more code blocks (segments) of a
// section.
type Program struct {
	Chapter  *Chapter
	Section  *Section
	Name     string
	Segments []*CodeBlock
	Clock    string        // "virtual" or "real"
	Timeout  time.Duration // 0: the runner's default
	Exit     int           // expected exit status
	// Engine, if set, is the only engine that runs the program right
	// ("go"): the others skip it, saying so (engine=go on the fence).
	Engine string
	// Test marks a test program: its code is a test file of package main,
	// with TestXxx functions, run as `go test -v` runs them.
	Test bool
	// Exercise marks an exercise's starter code: compiled, never run, no
	// transcript. Solution is its solution.
	Exercise bool
	Solution *Program
	// SolutionOf is the exercise a solution solves (nil for the other
	// programs); a solution is a program like the others.
	SolutionOf *Program
}

// CodeBlock is a fenced ```go block.
type CodeBlock struct {
	Node *ast.FencedCodeBlock
	// Program is the program the block is a segment of; nil for a fragment.
	Program *Program
	// Index is the block's place among its program's segments.
	Index int
	// FenceLine is the line of the opening fence, CodeLine the line of the
	// first line of code.
	FenceLine, CodeLine int
	Code                string
}

// Last reports whether the block is its program's last segment, after which
// the site shows the output.
func (b *CodeBlock) Last() bool {
	return b.Program != nil && b.Index == len(b.Program.Segments)-1
}

// ID is the program's id, "chapter/name", as -run matches it.
func (p *Program) ID() string { return p.Chapter.ID + "/" + p.Name }

// Line is the line of the program's first fence.
func (p *Program) Line() int { return p.Segments[0].FenceLine }

// Pos is "chapters/x.md:LINE", where the program starts.
func (p *Program) Pos() string { return fmt.Sprintf("%s:%d", p.Chapter.Path, p.Line()) }

// TranscriptPath is the program's transcript, relative to the book's root.
func (p *Program) TranscriptPath() string {
	return path.Join("expected", p.Chapter.ID, p.Name+".txt")
}

// Runs reports whether the program is run and checked against a
// transcript: every program but an exercise's starter.
func (p *Program) Runs() bool { return !p.Exercise }

// Code is the program's Go source: its segments joined, without position
// information.
func (p *Program) Code() string {
	var b strings.Builder
	for i, s := range p.Segments {
		if i > 0 && !strings.HasSuffix(b.String(), "\n\n") {
			b.WriteString("\n")
		}
		b.WriteString(s.Code)
	}
	return b.String()
}

// Source is the program's Go source with a //line directive before each
// segment, so that every position the compiler or the runtime reports is a
// line of the chapter's Markdown.
func (p *Program) Source() []byte {
	var b strings.Builder
	for _, s := range p.Segments {
		fmt.Fprintf(&b, "//line %s:%d:1\n", p.Chapter.Path, s.CodeLine)
		b.WriteString(s.Code)
		if !strings.HasSuffix(s.Code, "\n") {
			b.WriteString("\n")
		}
	}
	return []byte(b.String())
}

// Programs lists every program of the book, in order.
func (bk *Book) Programs() []*Program {
	var ps []*Program
	for _, c := range bk.Chapters {
		ps = append(ps, c.Programs...)
	}
	return ps
}
