package render

import (
	"fmt"

	"github.com/yuin/goldmark/util"

	"github.com/concbook/concurrency/internal/book"
)

// An exercise renders as the book writes it: the heading and the task as
// Markdown, then the starter code as a cell marked "Exercise", without
// output (it is never run), then the solution, collapsed in a <details>
// "Solution", with its checked output.
//
// The starter's figure names what a reader's answer is checked against,
// for the in-page runner:
//
//	data-exercise="sum"                      the exercise
//	data-solution="sum-solution"             the solution's program (its
//	                                         cell is #program-sum-solution,
//	                                         its output #output-sum-solution)
//	data-transcript="expected/c/sum-solution.txt"  the solution's transcript,
//	                                         which site/build serves at that
//	                                         path, beside the pages

// writeExerciseHead opens the figure and caption of an exercise's starter.
// A starter the page can run has the run tools: the reader's answer is
// checked against the solution's transcript.
func writeExerciseHead(w util.BufWriter, p *book.Program, runs bool, class string) {
	fmt.Fprintf(w, `<figure class="cell program exercise%s" id="program-%s" data-program="%s" data-id="%s" data-part="0" data-exercise="%s"%s`, class, esc(p.Name), esc(p.Name), esc(p.ID()), esc(p.Name), testAttr(p, p.Segments[0]))
	if s := p.Solution; s != nil {
		fmt.Fprintf(w, ` data-solution="%s" data-transcript="%s"`, esc(s.Name), esc(s.TranscriptPath()))
	}
	fmt.Fprintf(w, `><figcaption class="cell-head"><span class="cell-kind">Exercise</span> <span class="cell-name">%s</span> <span class="cell-note">starter code: it compiles; complete it as the task says</span>`, esc(p.Name))
	tools := noRun
	if runs {
		tools = runAndEdit
	}
	writeButtons(w, false, tools)
}

// openSolution opens the collapsed box around a solution's cell.
func openSolution(w util.BufWriter, p *book.Program) {
	fmt.Fprintf(w, `<details class="solution" id="solution-%s"><summary>Solution <span class="cell-note">to exercise %s, with its checked output</span></summary>`+"\n", esc(p.SolutionOf.Name), esc(p.SolutionOf.Name))
}

func closeSolution(w util.BufWriter) {
	_, _ = w.WriteString("</details>\n")
}
