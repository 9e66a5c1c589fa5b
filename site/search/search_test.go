package search

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/concbook/concurrency/internal/book"
	"github.com/concbook/concurrency/site/render"
)

const chapter = "# Title <a id=\"top\"></a>\n\nIntro with `code span`.\n\n" +
	"## First\n\nSome *emphasis* and a [link](#top).\n\n| a | b |\n| --- | --- |\n| cell1 | cell2 |\n\n" +
	"```go name=prog\npackage main\n\nfunc main() { println(\"inside\") }\n```\n\n" +
	"### Second <a id=\"second\"></a>\n\n- one\n- two\n"

func TestBuild(t *testing.T) {
	c, err := book.ParseChapter("chapters/01-t.md", "t", []byte(chapter), render.Extensions...) // as the site parses it
	require.NoError(t, err)
	ix := Build([]Chapter{{Chapter: c, Page: "t.html", Label: "1. Title"}})
	ix.Add(Entry{URL: "planned.html#p", Title: "Planned", Chapter: "Not yet written"})
	require.Len(t, ix.Sections, 4)
	tests := []Entry{
		{URL: "t.html#top", Title: "Title", Chapter: "1. Title", Text: "Intro with code span."},
		{URL: "t.html#first", Title: "First", Chapter: "1. Title", Text: "Some emphasis and a link. a b cell1 cell2 package main func main() { println(\"inside\") }"},
		{URL: "t.html#second", Title: "Second", Chapter: "1. Title", Text: "one two"},
		{URL: "planned.html#p", Title: "Planned", Chapter: "Not yet written"},
	}
	for i, want := range tests {
		assert.Equal(t, want, ix.Sections[i])
	}
	data, err := ix.JSON()
	require.NoError(t, err)
	var back struct {
		Sections []map[string]string `json:"sections"`
	}
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, "t.html#first", back.Sections[1]["u"], "short keys keep the file small")

	script, err := ix.Script()
	require.NoError(t, err)
	assert.Regexp(t, `\nwindow\.searchIndex = \{"sections":\[\{"u":"t\.html#top",`, string(script))
	again, err := ParseScript(script)
	require.NoError(t, err)
	assert.Equal(t, ix, again)
	_, err = ParseScript(data)
	assert.ErrorContains(t, err, "not a search-index.js")
}
