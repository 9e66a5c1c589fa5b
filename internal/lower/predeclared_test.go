package lower

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/concbook/concurrency/internal/typecheck"
)

func TestCheckPredeclared(t *testing.T) {
	tests := []struct {
		name    string
		decl    string
		refused string // the start of the refusal, "" when none
	}{
		{"builtin the added code uses", "func delete() {}", "p.go:5:6: unsupported: the package declares delete"},
		{"variable named like a builtin the added code uses", "var delete = 1", ""},
		{"constants named like the added code's names", "const (\n\tnil = 1\n\ttrue = false\n\tint64 = iota\n\terror = \"e\"\n)", ""},
		{"type the added code uses", "type error int", "p.go:5:6: unsupported: the package declares error"},
		{"builtin the added code leaves alone", "func copy(s string) string { return s }", ""},
		{"constant named like a type", "const int = 5", ""},
		{"no predeclared name", "var other = 1", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\nimport \"fmt\"\n\n" + tt.decl + "\n\nfunc main() {\n\tdefer func() { fmt.Println(recover()) }()\n\tpanic(\"boom\")\n}\n"
			assertLowered(t, src, tt.refused)
		})
	}
}

func TestRenamePredeclaredValues(t *testing.T) {
	src := "package main\n\nconst int64, iota = 1, 2\n\nvar x = int64 + iota\n\nfunc main() {\n\tvar y int = int64\n\t_ = y + x\n}\n"
	tp, err := typecheck.Check("p.go", []byte(src))
	require.NoError(t, err)
	got := string(renamedSource(tp))
	assert.Equal(t, strings.ReplaceAll(strings.ReplaceAll(src, "int64", "__pd_int64"), "iota", "__pd_iota"), got)
	assert.Equal(t, strings.Count(src, "\n"), strings.Count(got, "\n"))
}
