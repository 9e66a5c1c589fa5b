package render

import (
	"bufio"
	"bytes"
	"fmt"
	"html"

	highlighting "github.com/yuin/goldmark-highlighting/v2"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"

	"github.com/concbook/concurrency/internal/book"
	"github.com/concbook/concurrency/internal/transcript"
	"github.com/concbook/concurrency/site/highlight"
)

// cellRenderer renders a fenced code block as a notebook cell: a caption
// (what the block is, a copy button), the code highlighted by chroma, and,
// after the last segment of a program, the program's output.
//
// Highlighting is goldmark-highlighting's renderer, held here and called for
// the code itself; chroma writes classes, never inline styles, so that the
// colours live in the one stylesheet (see site/assets).
type cellRenderer struct {
	blocks      map[*ast.FencedCodeBlock]*book.CodeBlock
	transcripts map[*book.Program]*transcript.Transcript
	timelines   map[*book.Program]*Timeline
	runnable    Runnability
	hl          renderer.NodeRenderer
	highlight   renderer.NodeRendererFunc
}

func newCellRenderer(bk *book.Book, transcripts map[*book.Program]*transcript.Transcript, timelines map[*book.Program]*Timeline, runnable Runnability) *cellRenderer {
	if runnable == nil {
		runnable = func(*book.Program) (bool, string) { return true, "" }
	}
	r := &cellRenderer{
		blocks:      map[*ast.FencedCodeBlock]*book.CodeBlock{},
		transcripts: transcripts,
		timelines:   timelines,
		runnable:    runnable,
		hl: highlighting.NewHTMLRenderer(
			highlighting.WithFormatOptions(highlight.FormatOptions()...),
		),
	}
	for _, c := range bk.Chapters {
		for _, b := range c.Blocks {
			r.blocks[b.Node] = b
		}
	}
	return r
}

// SetOption passes goldmark's renderer options on to the highlighter.
func (r *cellRenderer) SetOption(name renderer.OptionName, value any) {
	if s, ok := r.hl.(renderer.SetOptioner); ok {
		s.SetOption(name, value)
	}
}

func (r *cellRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	r.hl.RegisterFuncs(captureFunc{&r.highlight})
	reg.Register(ast.KindFencedCodeBlock, r.render)
}

// captureFunc keeps the function a node renderer registers.
type captureFunc struct{ f *renderer.NodeRendererFunc }

func (c captureFunc) Register(kind ast.NodeKind, f renderer.NodeRendererFunc) {
	if kind == ast.KindFencedCodeBlock {
		*c.f = f
	}
}

func (r *cellRenderer) render(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	n := node.(*ast.FencedCodeBlock)
	b := r.blocks[n]
	var p *book.Program
	runs, why := false, ""
	if b != nil {
		p = b.Program
	}
	if p != nil {
		runs, why = r.runnable(p)
	}
	short := ""
	if r.short(n, b) {
		short = " short"
	}
	switch {
	case p != nil && p.Exercise:
		writeExerciseHead(w, p, runs, short)
	case p != nil:
		if p.SolutionOf != nil {
			openSolution(w, p)
		}
		id := "program-" + p.Name
		if b.Index > 0 {
			id = fmt.Sprintf("program-%s-%d", p.Name, b.Index+1)
		}
		fmt.Fprintf(w, `<figure class="cell program%s" id="%s" data-program="%s" data-id="%s" data-part="%d"%s>`, short, esc(id), esc(p.Name), esc(p.ID()), b.Index, testAttr(p, b))
		kind := "program"
		switch {
		case p.SolutionOf != nil:
			kind = "solution"
		case p.Test:
			kind = "test"
		}
		fmt.Fprintf(w, `<figcaption class="cell-head"><span class="cell-kind">%s</span> <span class="cell-name">%s</span>`, kind, esc(p.Name))
		if len(p.Segments) > 1 {
			fmt.Fprintf(w, ` <span class="cell-part">part %d of %d</span>`, b.Index+1, len(p.Segments))
		}
		tools := noRun
		switch {
		case runs && b.Last():
			tools = runAndEdit
		case runs:
			tools = editOnly
		}
		writeButtons(w, b.Last() && len(p.Segments) > 1, tools)
	case b != nil:
		_, _ = w.WriteString(`<figure class="cell fragment` + short + `"><figcaption class="cell-head"><span class="cell-kind">fragment</span> <span class="cell-note">not a whole program: not run</span>`)
		writeButtons(w, false, noRun)
	default:
		lang := string(n.Language(src))
		_, _ = w.WriteString(`<figure class="cell other` + short + `"><figcaption class="cell-head">`)
		if lang != "" {
			fmt.Fprintf(w, `<span class="cell-kind">%s</span>`, esc(lang))
		}
		writeButtons(w, false, noRun)
	}
	var code bytes.Buffer
	cw := bufio.NewWriter(&code)
	if _, err := r.highlight(cw, src, n, true); err != nil {
		return ast.WalkStop, err
	}
	if err := cw.Flush(); err != nil {
		return ast.WalkStop, err
	}
	_, _ = w.Write(highlight.Compact(code.Bytes()))
	if b != nil && b.Last() && p.Runs() {
		t := r.transcripts[p]
		writeOutput(w, p, t)
		if runs {
			writeRunArea(w, p)
		} else {
			writeNotRunnable(w, p, why)
		}
		writeTimeline(w, r.timelines[p])
	}
	if p != nil && p.Exercise {
		if runs {
			writeRunArea(w, p)
		} else {
			writeNotRunnable(w, p, why)
		}
	}
	_, _ = w.WriteString("</figure>\n")
	if p != nil && p.SolutionOf != nil && b.Last() {
		closeSolution(w)
	}
	return ast.WalkSkipChildren, nil
}

// shortCell is the most lines, code and output, of a cell that is printed
// whole, moved to the next page rather than split: a quarter of a page or
// so. A taller cell is split between its lines where the page ends.
const shortCell = 15

// short reports whether the cell of a code block is short: its code and the
// output shown under it have at most shortCell lines.
func (r *cellRenderer) short(n *ast.FencedCodeBlock, b *book.CodeBlock) bool {
	lines := n.Lines().Len()
	if b != nil && b.Program != nil && b.Last() && b.Program.Runs() {
		if t := r.transcripts[b.Program]; t != nil {
			for _, s := range t.Segments {
				lines += len(s.Lines) + 1 // a block's label, a skip's line
			}
		}
	}
	return lines <= shortCell
}

// writeButtons ends the caption with the cell's buttons: the copy buttons
// (the block's code and, for the last segment of a literate program, the
// whole program) after the run tools, if any.
func writeButtons(w util.BufWriter, whole bool, run runTools) {
	_, _ = w.WriteString(`<span class="cell-tools">`)
	writeRunTools(w, run)
	if whole {
		_, _ = w.WriteString(`<button type="button" class="copy" data-copy="program" aria-label="Copy the whole program">Copy program</button>`)
	}
	_, _ = w.WriteString(`<button type="button" class="copy" data-copy="block" aria-label="Copy the code">Copy</button></span></figcaption>`)
}

func esc(s string) string { return html.EscapeString(s) }
