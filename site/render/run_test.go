package render

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/concbook/concurrency/internal/book"
)

// TestRunTools: a program the page can run has Run, Stop, Edit and Reset on
// its last segment (Edit alone on the others) and an empty result element;
// one it cannot run has none of them, and says why and how to run it.
func TestRunTools(t *testing.T) {
	in := loadFixture(t)
	in.Runnable = func(p *book.Program) (bool, string) {
		if p.Name == "placeholders" || p.Name == "literate" {
			return false, "It measures time on the real clock: run it with `go run`."
		}
		return true, ""
	}
	site, err := Render(in)
	require.NoError(t, err)
	all := cells(page(t, site, "cells.html"))
	tests := []struct {
		cell  string
		runs  bool
		edits int
	}{
		{cell: "hello", runs: true, edits: 1},
		{cell: "deadlock", runs: true, edits: 1},
		{cell: "placeholders"},
		{cell: "literate"},
	}
	for _, tt := range tests {
		t.Run(tt.cell, func(t *testing.T) {
			got := all[tt.cell]
			require.NotEmpty(t, got)
			assert.Equal(t, tt.edits, strings.Count(got, `data-play="edit"`))
			if !tt.runs {
				assert.NotContains(t, got, `data-play=`)
				assert.NotContains(t, got, `class="run"`)
				assert.Contains(t, got, `<p class="run-off"><span class="run-off-why">It measures time on the real clock: run it with <code>go run</code>.</span> <span class="run-off-how">Save it as <code>`+tt.cell+`.go</code>, then: <code>go run `+tt.cell+`.go</code></span></p>`)
				assert.Equal(t, 1, strings.Count(got, `class="run-off"`), "once, under the last segment")
				return
			}
			assert.Equal(t, 1, strings.Count(got, `>Run</button>`))
			assert.Equal(t, 1, strings.Count(got, `data-play="stop"`))
			assert.Equal(t, 1, strings.Count(got, `data-play="reset"`))
			assert.Contains(t, got, `<div class="run" id="run-`+tt.cell+`" aria-live="polite" hidden></div>`)
			assert.NotContains(t, got, `run-off`)
		})
	}
}

// TestLiterateRunTools: Edit on each segment, Run and the result element on
// the last only.
func TestLiterateRunTools(t *testing.T) {
	got := cells(page(t, renderFixture(t), "cells.html"))["literate"]
	parts := strings.Split(got, "</figure>")
	require.Len(t, parts, 3, "two segments")
	assert.Contains(t, parts[0], `data-part="0"`)
	assert.Contains(t, parts[0], `data-play="edit"`)
	assert.NotContains(t, parts[0], `data-play="run"`)
	assert.NotContains(t, parts[0], `class="run"`)
	assert.Contains(t, parts[1], `data-part="1"`)
	assert.Contains(t, parts[1], `data-play="edit"`)
	assert.Contains(t, parts[1], `data-play="run"`)
	assert.Contains(t, parts[1], `class="run"`)
	assert.Equal(t, 2, strings.Count(got, `data-id="cells/literate"`))
}
