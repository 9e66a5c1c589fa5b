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

// A golang fence, and go or golang in any case, is Go: a program, checked
// like any other; go-like words are not.
func TestParseChapterGolangFence(t *testing.T) {
	for _, lang := range []string{"go", "golang", "Go", "GOLANG"} {
		t.Run(lang, func(t *testing.T) {
			c, err := ParseChapter("chapters/01-t.md", "t", []byte("# T\n\n```"+lang+" name=p\npackage main\n\nfunc main() {}\n```\n"))
			require.NoError(t, err)
			require.Len(t, c.Programs, 1)
			assert.Equal(t, "t/p", c.Programs[0].ID())
		})
	}
	for _, lang := range []string{"gomod", "go-text", "goat"} {
		t.Run(lang, func(t *testing.T) {
			c, err := ParseChapter("chapters/01-t.md", "t", []byte("# T\n\n```"+lang+" name=p\nmodule x\n```\n"))
			require.NoError(t, err)
			assert.Empty(t, c.Programs)
		})
	}
	t.Run("a golang fence's attributes are checked", func(t *testing.T) {
		_, err := ParseChapter("chapters/01-t.md", "t", []byte("# T\n\n```golang nmae=p\npackage main\n```\n"))
		require.Error(t, err)
		assert.Contains(t, err.Error(), `chapters/01-t.md:3:11: unknown fence attribute "nmae=p"`)
	})
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
		{"exercise and solution", "# T\n\n```go name=x exercise solution=y\n```\n", "c.md:3:4: a block is an exercise (the starter) or the solution of one, not both"},
		{"exercise with exit", "# T\n\n```go name=x exercise exit=1\n```\n", "c.md:3:4: an exercise is compiled, never run: clock=, timeout= and exit= belong on its solution"},
		{"exercise with clock", "# T\n\n```go name=x exercise clock=real\n```\n", "an exercise is compiled, never run"},
		{"fragment exercise", "# T\n\n```go fragment exercise\n```\n", "c.md:3:4: a fragment is never run: it is no exercise, solution or test"},
		{"bad solution name", "# T\n\n```go name=x solution=X\n```\n", "c.md:3:14: solution=X: want the name of an exercise"},
		{"solution without value", "# T\n\n```go name=x solution\n```\n", "c.md:3:14: unknown fence attribute \"solution\""},
		{"test with value", "# T\n\n```go name=x test=yes\n```\n", "c.md:3:14: unknown fence attribute \"test=yes\""},
		{"solution of nothing", "# T\n\n```go name=x-solution solution=x\n```\n", "c.md:3:1: solution=x: the chapter has no exercise \"x\""},
		{"solution of a program", "# T\n\n```go name=x\n```\n\n```go name=y solution=x\n```\n", "c.md:6:1: solution=x: program \"x\" (line 3) is not an exercise"},
		{"solution of itself", "# T\n\n```go name=x solution=x\n```\n", "c.md:3:1: solution=x: a program cannot solve itself"},
		{"exercise without solution", "# T\n\n```go name=x exercise\n```\n", "c.md:3:1: exercise \"x\" has no solution: add a block ```go name=x-solution solution=x"},
		{"two solutions", "# T\n\n```go name=x exercise\n```\n\n```go name=a solution=x\n```\n\n```go name=b solution=x\n```\n", "c.md:9:1: solution=x: exercise \"x\" already has a solution, \"a\" at line 6"},
		{"solution first", "# T\n\n```go name=a solution=x\n```\n\n```go name=x exercise\n```\n", "c.md:3:1: solution=x: a solution comes after its exercise (line 6)"},
		{"test solution of a program exercise", "# T\n\n```go name=x exercise\n```\n\n```go name=a solution=x test\n```\n", "c.md:6:1: solution=x: the starter and its solution are both tests or both programs"},
		{"exercise in two blocks", "# T\n\n```go name=x exercise\n```\n\n```go name=x\n```\n\n```go name=a solution=x\n```\n", "c.md:6:1: an exercise is one code block: \"x\" is also defined at line 3"},
		{"solution in two blocks", "# T\n\n```go name=x exercise\n```\n\n```go name=a solution=x\n```\n\n```go name=a\n```\n", "c.md:9:1: a solution is one code block: \"a\" is also defined at line 6"},
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

func TestParseChapterExercise(t *testing.T) {
	src := "# T\n\n### Exercise: sum {#exercise-sum}\n\nAdd them up.\n\n```go name=sum exercise\npackage main\n```\n\n" +
		"```go name=sum-solution solution=sum exit=1\npackage main\n```\n\n```go name=plain\npackage main\n```\n\n```go name=counter test\npackage main\n```\n"
	c, err := ParseChapter("c.md", "c", []byte(src))
	require.NoError(t, err)
	require.Len(t, c.Programs, 4)
	ex, sol, plain, test := c.Programs[0], c.Programs[1], c.Programs[2], c.Programs[3]
	assert.True(t, ex.Exercise)
	assert.False(t, ex.Runs())
	assert.Same(t, sol, ex.Solution)
	assert.Same(t, ex, sol.SolutionOf)
	assert.True(t, sol.Runs())
	assert.Equal(t, 1, sol.Exit)
	assert.Equal(t, "expected/c/sum-solution.txt", sol.TranscriptPath())
	assert.Equal(t, "exercise-sum", ex.Section.ID)
	assert.Equal(t, []string{"exercise", "solution of exercise sum", "program", "test"},
		[]string{ex.Describe(), sol.Describe(), plain.Describe(), test.Describe()})
	assert.True(t, test.Test)
	assert.False(t, plain.Test || plain.Exercise || plain.Solution != nil || plain.SolutionOf != nil)
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
	f.Add("# T\n```go name=s exercise test\n```\n```go name=s-solution solution=s test exit=1\n```\n")
	f.Add("# T\n```go name=s exercise\n```\n```go name=a solution=s\n```\n```go name=b solution=s\n```\n")
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
			if p.Solution != nil && (p.Solution.SolutionOf != p || !p.Exercise) {
				t.Fatalf("exercise %s and solution %s are not linked both ways", p.Name, p.Solution.Name)
			}
			if p.SolutionOf != nil && p.SolutionOf.Solution != p {
				t.Fatalf("solution %s and exercise %s are not linked both ways", p.Name, p.SolutionOf.Name)
			}
		}
	})
}
