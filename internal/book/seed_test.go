package book

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The seed's intro sections explain in prose; every other seed section is a
// leaf that needs a program of its own.
var seedIntros = map[string]bool{
	"10-concurrency": true, "multithreading": true, "multiprocessing": true, "process-communication": true,
	"asyncio": true, "synchronization": true, "parallelism": true,
}

// TestBookKeepsTheSeedsAnchors checks the book itself: every anchor of the
// seed (testdata/seed-anchors.txt, copied from
// shared/seed/part-x-concurrency.md) is a heading id of a chapter, and every
// leaf section has at least one program.
func TestBookKeepsTheSeedsAnchors(t *testing.T) {
	bk, err := Load("../..")
	require.NoError(t, err)
	data, err := os.ReadFile("testdata/seed-anchors.txt")
	require.NoError(t, err)
	type place struct {
		c *Chapter
		i int
	}
	ids := map[string]place{}
	for _, c := range bk.Chapters {
		for i, s := range c.Sections {
			ids[s.ID] = place{c, i}
		}
	}
	for _, anchor := range strings.Fields(string(data)) {
		p, ok := ids[anchor]
		if !assert.True(t, ok, "no heading has the seed's anchor #%s", anchor) || seedIntros[anchor] {
			continue
		}
		// The section runs to the next heading of its level or higher.
		s := p.c.Sections[p.i]
		end := 1 << 30
		for _, next := range p.c.Sections[p.i+1:] {
			if next.Level <= s.Level {
				end = next.Line
				break
			}
		}
		found := false
		for _, prog := range p.c.Programs {
			found = found || (prog.Line() > s.Line && prog.Line() < end)
		}
		assert.True(t, found, "section #%s (%s:%d) has no program", anchor, p.c.Path, s.Line)
	}
}
