package lower

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTestCalls(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string // substrings of the lowered program
		refused   string   // substring of the refusal, if refused
	}{
		{name: "log and errorf", src: "func TestA(t *testing.T) {\n\tt.Log(\"x\", 1)\n\tt.Errorf(\"got %d\", 2)\n}\n",
			want: []string{"\t__rt.TestPrint(t, \"p.md:11\", \"Log\")(\"x\", 1)\n", "\t__rt.TestPrintf(t, \"p.md:12\", \"Errorf\")(\"got %d\", 2)\n"}},
		{name: "fatal in a subtest", src: "func TestA(t *testing.T) {\n\tt.Run(\"s\", func(t *testing.T) { t.Fatal(\"boom\") })\n}\n",
			want: []string{"t.Run(\"s\", ", "__rt.TestPrint(t, \"p.md:11\", \"Fatal\")(\"boom\")"}},
		{name: "skipf on a TB", src: "func check(tb testing.TB) { tb.Skipf(\"no %s\", \"x\") }\n\nfunc TestA(t *testing.T) { check(t) }\n",
			want: []string{"__rt.TestPrintf(tb, \"p.md:10\", \"Skipf\")(\"no %s\", \"x\")"}},
		{name: "synctest allowed", src: "func TestA(t *testing.T) {\n\tsynctest.Test(t, func(t *testing.T) { synctest.Wait() })\n}\n",
			want: []string{"synctest.Test(t, "}},
		{name: "main renamed", src: "func main() {}\n\nfunc TestA(t *testing.T) {}\n", want: []string{"func __mainOfTest1() {"}},
		{name: "other methods untouched", src: "func TestA(t *testing.T) {\n\tt.Fail()\n\t_ = t.Name()\n}\n", want: []string{"\tt.Fail()\n\t_ = t.Name()\n"}},
		{name: "helper refused", src: "func check(t *testing.T) {\n\tt.Helper()\n}\n\nfunc TestA(t *testing.T) { check(t) }\n", refused: "p.md:11:4: unsupported: t.Helper in a test program"},
		{name: "method value refused", src: "func TestA(t *testing.T) {\n\tf := t.Errorf\n\tf(\"x\")\n}\n", refused: "p.md:11:9: unsupported: the method value t.Errorf: call it"},
		{name: "program type operand refused", src: "type C int\n\nfunc (c C) String() string { return \"c\" }\n\nfunc TestA(t *testing.T) { t.Log(C(1)) }\n", refused: "unsupported: t.Log with an operand of the program's types"},
		{name: "example refused", src: "func ExampleA() {}\n\nfunc TestA(t *testing.T) {}\n", refused: "p.md:10:6: unsupported: ExampleA in a test program"},
		{name: "TestMain refused", src: "func TestMain(m *testing.M) {}\n\nfunc TestA(t *testing.T) {}\n", refused: "unsupported: TestMain in a test program"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			imports := "import (\n\t\"testing\"\n"
			if strings.Contains(tt.src, "synctest") {
				imports += "\t\"testing/synctest\"\n"
			}
			imports += ")\n"
			// The program's code starts on line 10 of p.md.
			src := "//line p.md:3:1\npackage main\n\n" + imports + strings.Repeat("\n", 10-(5+strings.Count(imports, "\n"))) + tt.src
			out, err := TestProgram("p.go", []byte(src))
			if tt.refused != "" {
				var le *Error
				require.ErrorAs(t, err, &le)
				assert.Contains(t, le.Error(), tt.refused)
				return
			}
			require.NoError(t, err)
			for _, w := range tt.want {
				assert.Contains(t, string(out), w)
			}
		})
	}
}

func TestSynctestRefusedOutsideTests(t *testing.T) {
	_, err := Program("p.go", []byte("package main\n\nimport \"testing/synctest\"\n\nfunc main() { synctest.Wait() }\n"))
	var le *Error
	require.ErrorAs(t, err, &le)
	assert.Contains(t, le.Error(), "unsupported: package testing/synctest is not available in the runner (needs a *testing.T: write a test program (a fence with test)")
}
