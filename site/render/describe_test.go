package render

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/concbook/concurrency/internal/book"
)

func TestClip(t *testing.T) {
	tests := []struct {
		s     string
		limit int
		want  string
	}{
		{"short enough", 12, "short enough"},
		{"one two three", 12, "one two…"},
		{"one two, three", 12, "one two…"},
		{"one two three", 8, "one two…"},
		{"one two three", 7, "one…"},
		{"abcdefghij", 5, "abcd…"},
		{"één twee drie", 10, "één twee…"},
	}
	for _, tt := range tests {
		got := clip(tt.s, tt.limit)
		assert.Equal(t, tt.want, got, "clip(%q, %d)", tt.s, tt.limit)
		assert.LessOrEqual(t, utf8.RuneCountInString(got), tt.limit)
	}
}

func TestDescription(t *testing.T) {
	long := strings.Repeat("word ", 50)
	tests := []struct{ name, md, want string }{
		{"first paragraph, as text", "# T <a id=\"t\"></a>\n\nA *goroutine* is `go f()`,\nstarted [here](#x).\n\nSecond.\n", "A goroutine is go f(), started here."},
		{"clipped", "# T\n\n" + long + "\n", strings.TrimSpace(strings.Repeat("word ", 32)) + "…"},
		{"no paragraph: the title", "# Only a title\n\n## Section\n", "Only a title"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := book.ParseChapter("chapters/01-t.md", "t", []byte(tt.md), Extensions...)
			require.NoError(t, err)
			assert.Equal(t, tt.want, description(c))
		})
	}
}
