package typecheck

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCheckErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want string // "" when the program compiles
	}{
		{
			name: "ok",
			src:  "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(min(1, 2)) }\n",
		},
		{
			name: "unused variable and import, every error",
			src:  "//line chapters/x.md:41:1\npackage main\n\nimport \"os\"\n\nfunc main() {\n\tx := 1\n\ty := 2\n}\n",
			want: "chapters/x.md:43:8: \"os\" imported and not used\n" +
				"chapters/x.md:46:2: declared and not used: x\n" +
				"chapters/x.md:47:2: declared and not used: y",
		},
		{
			name: "go 1.26 features check",
			src: "package main\n\nimport (\n\t\"iter\"\n\t\"sync\"\n)\n\nfunc seq() iter.Seq[int] { return func(yield func(int) bool) {} }\n\n" +
				"func main() {\n\tvar wg sync.WaitGroup\n\tfor i := range 3 { wg.Go(func() { _ = i }) }\n\tfor v := range seq() { _ = v }\n\tp := new(42)\n\t_ = p\n\twg.Wait()\n}\n",
		},
		{
			name: "x/sync resolves",
			src:  "package main\n\nimport \"golang.org/x/sync/errgroup\"\n\nfunc main() { var g errgroup.Group; _ = g.Wait() }\n",
		},
		{
			name: "syntax error",
			src:  "package main\n\nfunc main() {\n\tx := \n}\n",
			want: "p.go:5:1: syntax error: expected operand, found '}'",
		},
		{
			name: "no main",
			src:  "package main\n\nfunc helper() {}\n",
			want: "runtime.main_main·f: function main is undeclared in the main package",
		},
		{
			name: "not enough arguments, at the last one as the compiler reports it",
			src:  "package main\n\nfunc f(a, b int) {}\n\nfunc main() {\n\tf(1)\n\tf()\n}\n",
			want: "p.go:6:4: not enough arguments in call to f\n\thave (number)\n\twant (int, int)\n" +
				"p.go:7:2: not enough arguments in call to f\n\thave ()\n\twant (int, int)",
		},
		{
			name: "inferred type arguments, at the call's parenthesis",
			src:  "package main\n\nimport \"slices\"\n\nfunc g[T any]() T { var z T; return z }\n\nfunc main() {\n\tvar fs []func()\n\tslices.Sort(fs)\n\t_ = g()\n}\n",
			want: "p.go:9:13: func() does not satisfy cmp.Ordered (func() missing in ~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string)\n" +
				"p.go:10:7: in call to g, cannot infer T (declared at p.go:5:8)",
		},
		{
			name: "too many errors",
			src:  "package main\n\nfunc main() {\n" + repeat("\t_ = undefinedName\n", 12) + "}\n",
			want: repeatLines("p.go:%d:6: undefined: undefinedName", 4, 10) + "\np.go:13:6: too many errors",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Check("p.go", []byte(tt.src))
			if tt.want == "" {
				require.NoError(t, err)
				assert.NotNil(t, p.Info)
				return
			}
			var te *Error
			require.ErrorAs(t, err, &te)
			assert.Equal(t, tt.want, err.Error())
		})
	}
}

// BenchmarkCheckAfterTheFirst: checking a program after the first reuses
// the imported packages (goal: about a millisecond).
func BenchmarkCheckAfterTheFirst(b *testing.B) {
	src := []byte("package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n\t\"time\"\n)\n\nfunc main() {\n\tvar wg sync.WaitGroup\n\twg.Go(func() { time.Sleep(time.Second) })\n\twg.Wait()\n\tfmt.Println(\"done\")\n}\n")
	if _, err := Check("warm.go", src); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Check("p.go", src); err != nil {
			b.Fatal(err)
		}
	}
}

func TestDependsOn(t *testing.T) {
	p, err := Check("p.go", []byte("package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println() }\n"))
	require.NoError(t, err)
	assert.True(t, p.DependsOn("os"))
	assert.False(t, p.DependsOn("net/http"))
}

func repeat(s string, n int) string {
	out := ""
	for range n {
		out += s
	}
	return out
}

func repeatLines(format string, first, n int) string {
	out := ""
	for i := range n {
		if i > 0 {
			out += "\n"
		}
		out += fmt.Sprintf(format, first+i)
	}
	return out
}

func TestCheckTest(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"tests without main", "package main\n\nimport \"testing\"\n\nfunc TestA(t *testing.T) {}\n\nfunc Test(t *testing.T) {}\n\nfunc Testify() {}\n", ""},
		{"tests beside main", "package main\n\nimport \"testing\"\n\nfunc main() {}\n\nfunc TestA(t *testing.T) {}\n", ""},
		{"wrong signature", "package main\n\nimport \"testing\"\n\nfunc TestA(t *testing.B) {}\n", "p.go:5:6: wrong signature for TestA, must be: func TestA(t *testing.T)"},
		{"result", "package main\n\nimport \"testing\"\n\nfunc TestA(t *testing.T) error { return nil }\n", "p.go:5:6: wrong signature for TestA, must be: func TestA(t *testing.T)"},
		{"no tests", "package main\n\nfunc Testify() {}\n", "p.go:1:9: a test program has no TestXxx function: go test would run no test"},
		{"other package", "package counter\n\nimport \"testing\"\n\nfunc TestA(t *testing.T) {}\n", "p.go:1:9: package counter is not a main package (a test program is package main)"},
		{"type error first", "package main\n\nimport \"testing\"\n\nfunc TestA(t *testing.T) { undefinedName() }\n", "p.go:5:28: undefined: undefinedName"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := CheckTest("p.go", []byte(tt.src))
			if tt.want == "" {
				require.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.Equal(t, tt.want, err.Error())
		})
	}
}
