package lower

import "testing"

func TestCheckPredeclared(t *testing.T) {
	tests := []struct {
		name    string
		decl    string
		refused string // the start of the refusal, "" when none
	}{
		{"builtin the added code uses", "var delete = 1", "p.go:5:5: unsupported: the package declares delete"},
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
