package book

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func parseSample(t *testing.T) *Chapter {
	t.Helper()
	src, err := os.ReadFile("testdata/01-sample.md")
	require.NoError(t, err)
	c, err := ParseChapter("chapters/01-sample.md", "sample", src)
	require.NoError(t, err)
	return c
}

func TestParseChapterSections(t *testing.T) {
	c := parseSample(t)
	assert.Equal(t, "Sample chapter", c.Title)
	var got []string
	for _, s := range c.Sections {
		got = append(got, s.ID+"|"+s.Title)
	}
	assert.Equal(t, []string{
		"sample-top|Sample chapter",
		"thread-management|Thread Management",
		"literate-id|Literate",
		"auto-heading|Auto heading",
	}, got)
	assert.Equal(t, 5, c.Sections[1].Line)
}

func TestParseChapterPrograms(t *testing.T) {
	c := parseSample(t)
	require.Len(t, c.Programs, 2)
	hello, lit := c.Programs[0], c.Programs[1]

	assert.Equal(t, "sample/hello", hello.ID())
	assert.Equal(t, "chapters/01-sample.md:7", hello.Pos())
	assert.Equal(t, "expected/sample/hello.txt", hello.TranscriptPath())
	assert.Equal(t, "virtual", hello.Clock)
	assert.Equal(t, 0, hello.Exit)
	assert.Equal(t, "thread-management", hello.Section.ID)
	assert.Equal(t, "//line chapters/01-sample.md:8:1\npackage main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hello\")\n}\n", string(hello.Source()))

	require.Len(t, lit.Segments, 2)
	assert.Equal(t, "real", lit.Clock)
	assert.Equal(t, 30*time.Second, lit.Timeout)
	assert.Equal(t, 2, lit.Exit)
	assert.Equal(t, 20, lit.Segments[0].CodeLine)
	assert.Equal(t, 28, lit.Segments[1].CodeLine)
	assert.True(t, lit.Segments[1].Last())
	assert.False(t, lit.Segments[0].Last())
	assert.Equal(t, "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"lit\")\n}\n", lit.Code())
	assert.Contains(t, string(lit.Source()), "//line chapters/01-sample.md:28:1\nfunc main() {")

	// The fragment is a block without a program; python is not a block.
	require.Len(t, c.Blocks, 4)
	assert.Nil(t, c.Blocks[3].Program)
	assert.Equal(t, "x := 1\n", c.Blocks[3].Code)
}

func TestParseChapterErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"no title", "## only h2\n", "c.md:1:1: chapter has no level-1 heading"},
		{"no name", "# T\n\n```go\npackage main\n```\n", "c.md:3:4: a go block needs name=NAME"},
		{"bad attribute", "# T\n\n```go name=x speed=fast\npackage main\n```\n", "c.md:3:14: unknown fence attribute \"speed=fast\""},
		{"bad name", "# T\n\n```go name=Hello\n```\n", "c.md:3:7: program name \"Hello\""},
		{"bad clock", "# T\n\n```go name=x clock=fake\n```\n", "c.md:3:14: clock=fake: want virtual or real"},
		{"bad timeout", "# T\n\n```go name=x timeout=soon\n```\n", "timeout=soon: want a positive duration"},
		{"bad exit", "# T\n\n```go name=x exit=300\n```\n", "exit=300: want an exit status from 0 to 255"},
		{"unterminated", "# T\n\n```go name=x\npackage main\n", "c.md:3:1: code fence is never closed"},
		{"name in two sections", "# T\n\n```go name=x\n```\n\n## Other\n\n```go name=x\n```\n", "c.md:8:1: program \"x\" is also defined at line 3, in another section"},
		{"binary", "# T\n\x00\x01", "c.md:1:1: chapter is not UTF-8 text"},
		{"huge", "# T\n" + strings.Repeat("x", MaxChapterSize), "more than the"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseChapter("c.md", "c", []byte(tt.src))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestLoadNamesAndOrder(t *testing.T) {
	root := t.TempDir()
	require.NoError(t, os.Mkdir(root+"/chapters", 0o755))
	write := func(name, src string) {
		require.NoError(t, os.WriteFile(root+"/chapters/"+name, []byte(src), 0o644))
	}
	write("02-b.md", "# B\n")
	write("01-a.md", "# A\n")
	write("Bad Name.md", "# X\n")
	write("03-a.md", "# A again\n")
	bk, err := Load(root)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "chapters/Bad Name.md:1:1: a chapter file is named NN-slug.md")
	assert.Contains(t, err.Error(), "chapters/03-a.md:1:1: chapter id \"a\" is also the id of chapters/01-a.md")
	require.Len(t, bk.Chapters, 2)
	assert.Equal(t, "a", bk.Chapters[0].ID)
	assert.Equal(t, "b", bk.Chapters[1].ID)
}

func FuzzParseChapter(f *testing.F) {
	src, _ := os.ReadFile("testdata/01-sample.md")
	f.Add(string(src))
	f.Add("# T\n```go name=x\n")
	f.Add("# T <a id=\"x\"></a>\n~~~go name=a exit=1\n~~~\n")
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseChapter("f.md", "f", []byte(s))
		if err != nil {
			if _, ok := err.(ErrorList); !ok {
				t.Fatalf("error is not an ErrorList: %v", err)
			}
		}
		if c == nil {
			return
		}
		for _, p := range c.Programs {
			if len(p.Segments) == 0 {
				t.Fatalf("program %s without segments", p.Name)
			}
			_ = p.Source()
		}
	})
}
