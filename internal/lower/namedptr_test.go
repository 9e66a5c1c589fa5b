package lower

import "testing"

func TestNamedPtrRefused(t *testing.T) {
	tests := []struct {
		name    string
		body    string
		refused string // the start of the refusal, "" when none
	}{
		{"declaration", "var x any = p\n\t_ = x", "p.go:11:14: unsupported: a value of type main.PS"},
		{"assignment", "var x any\n\tx = p\n\t_ = x", "p.go:12:6: unsupported: a value of type main.PS"},
		{"variadic argument", "fmt.Println(p)", "p.go:11:14: unsupported: a value of type main.PS"},
		{"send", "c := make(chan any, 1)\n\tc <- p", "p.go:12:7: unsupported: a value of type main.PS"},
		{"slice element", "_ = []any{p}", "p.go:11:12: unsupported: a value of type main.PS"},
		{"map value", "_ = map[int]any{1: p}", "p.go:11:21: unsupported: a value of type main.PS"},
		{"struct field", "_ = struct{ v any }{v: []PS{p}}", "p.go:11:25: unsupported: a value of type []main.PS"},
		{"result", "_ = func() any { return &p }", "p.go:11:26: unsupported: a value of type *main.PS"},
		{"conversion", "_ = any(p)", "p.go:11:10: unsupported: a value of type main.PS"},
		{"as the pointer it is", "fmt.Println((*T)(p), p.n)", ""},
		{"not in an interface", "q := p\n\tvar r PS = q\n\t_ = r", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\nimport \"fmt\"\n\ntype T struct{ n int }\n\ntype PS *T\n\nfunc main() {\n\tp := PS(&T{}); _ = fmt.Sprint\n\t" + tt.body + "\n}\n"
			assertLowered(t, src, tt.refused)
		})
	}
}
