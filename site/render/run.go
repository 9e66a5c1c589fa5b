package render

import (
	"fmt"
	"strings"
	"time"

	"github.com/yuin/goldmark/util"

	"github.com/concbook/concurrency/internal/book"
)

// Runnability tells whether the page can run a program, and if not, why, in
// one sentence for readers.
type Runnability func(p *book.Program) (ok bool, reason string)

// runTools are the buttons a program's cell has for running and editing it
// in the page (site/assets/files/play.js gives them their behaviour; they
// show only where scripts run).
type runTools int

const (
	noRun      runTools = iota // a fragment, or a program the page cannot run
	editOnly                   // a segment of a literate program before its last
	runAndEdit                 // a program's last (or only) segment: Run, Stop, Edit, Reset
)

func writeRunTools(w util.BufWriter, t runTools) {
	if t == runAndEdit {
		_, _ = w.WriteString(`<button type="button" class="tool run-button" data-play="run" title="Run the program in this page, on the virtual clock (Ctrl+Enter in the editor)">Run</button>`)
		_, _ = w.WriteString(`<button type="button" class="tool stop-button" data-play="stop" title="Stop the program" hidden>Stop</button>`)
	}
	if t != noRun {
		_, _ = w.WriteString(`<button type="button" class="tool" data-play="edit" title="Edit the code; your edits stay in this browser until Reset">Edit</button>`)
	}
	if t == runAndEdit {
		_, _ = w.WriteString(`<button type="button" class="tool" data-play="reset" title="Throw away your edits: back to the book's code" hidden>Reset</button>`)
	}
}

// testAttr is the attribute that marks each cell of a test program, which
// the page runs as go test -v runs it: data-test="chapters/CH.md:LINE", where
// the block's code starts in the book. The page puts a //line directive
// there before each block, so that t.Log and t.Error name the lines go test
// names in the program's transcript. Other programs have none ("").
func testAttr(p *book.Program, b *book.CodeBlock) string {
	if !p.Test {
		return ""
	}
	return fmt.Sprintf(` data-test="%s:%d"`, esc(p.Chapter.Path), b.CodeLine)
}

// writeRunArea writes the empty place where a run in the page shows its
// output and its verdict (the element gets data-verdict).
//
// A program whose fence gives it more time than the page's default limit
// (10 s) keeps it in the page too: data-limit, in seconds.
func writeRunArea(w util.BufWriter, p *book.Program) {
	limit := ""
	if p.Timeout > pageLimit {
		limit = fmt.Sprintf(` data-limit="%d"`, int(p.Timeout.Seconds()))
	}
	fmt.Fprintf(w, `<div class="run" id="run-%s"%s aria-live="polite" hidden></div>`, esc(p.Name), limit)
}

// pageLimit is the page's real-time limit of a run (play.js's LIMIT_MS).
const pageLimit = 10 * time.Second

// writeNotRunnable says, under a program the page cannot run, why (the
// reason, one sentence, with `code` in backquotes), and the command that
// runs it.
func writeNotRunnable(w util.BufWriter, p *book.Program, reason string) {
	_, _ = w.WriteString(`<p class="run-off"><span class="run-off-why">`)
	for i, part := range strings.Split(reason, "`") {
		if i%2 == 1 {
			fmt.Fprintf(w, "<code>%s</code>", esc(part))
		} else {
			_, _ = w.WriteString(esc(part))
		}
	}
	fmt.Fprintf(w, `</span> <span class="run-off-how">Save it as <code>%s.go</code>, then: <code>go run %s.go</code></span></p>`, esc(p.Name), esc(p.Name))
}
