package engine

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestInterpreterError(t *testing.T) {
	src := []byte("package main\n\nfunc main() {\n}\n")
	tests := []struct {
		name, msg string
		src       []byte
		want      string
	}{
		{"in the program", "p.go:4:1: bad", src, "p.go:4:1: unsupported: the interpreter cannot compile this valid Go: bad"},
		{"a refusal", "p.go:4:1: unsupported: x", src, "p.go:4:1: unsupported: x"},
		{"past its end", "p.go:5:2: duplicate case  in type switch", src,
			"p.go: internal error of the runner: the code it adds after the program's last line (line 5 of the lowered program) did not compile: duplicate case  in type switch"},
		{"last line without a newline", "p.go:4:1: bad", src[:len(src)-1], "p.go:4:1: unsupported: the interpreter cannot compile this valid Go: bad"},
		{"no position", "interpreter failed to compile the program: boom", src, "interpreter failed to compile the program: boom"},
		{"line directives", "p.go:90:1: bad", []byte("//line ch.md:80:1\npackage main\n"), "p.go:90:1: unsupported: the interpreter cannot compile this valid Go: bad"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, interpreterError(tt.msg, tt.src))
		})
	}
}
