package lower

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRules checks what each rule writes, and that every line keeps its
// number (the lowered program has the same lines, then the helpers).
func TestRules(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string // substrings of the lowered program
		refused    string   // substring of the refusal, if refused
	}{
		{name: "rangeint", body: "for i := range 3 {\n\t\tfmt.Println(i)\n\t}", want: []string{"for __i1, __n1 := int(0), 3; __i1 < __n1; __i1++ { i := __i1;"}},
		{name: "range chan", body: "ch := make(chan int)\n\tfor v := range ch {\n\t\tfmt.Println(v)\n\t}", want: []string{"for __c1 := ch; true; { v, __ok1 := <-__c1; if !__ok1 { break };"}},
		{name: "range chan assign", body: "ch := make(chan int)\n\tv := 0\n\tfor v = range ch {\n\t}\n\tfmt.Println(v)", want: []string{"for __c1 := ch; true; { __v1, __ok1 := <-__c1; if !__ok1 { break }; v = __v1;"}},
		{name: "range chan no var", body: "ch := make(chan int)\n\tfor range ch {\n\t}", want: []string{"for __c1 := ch; true; { if _, __ok1 := <-__c1; !__ok1 { break };"}},
		{name: "range over chans", body: "cs := []chan int{}\n\tfor i, c := range cs {\n\t\tfmt.Println(i, <-c)\n\t}", want: []string{"for __i1, __s1 := 0, cs; __i1 < len(__s1); __i1++ { i, c := __i1, __s1[__i1];"}},
		{name: "host select", body: "ch, out := make(chan int), make(chan string)\n\tselect {\n\tcase v, ok := <-ch:\n\t\tfmt.Println(v, ok)\n\tcase out <- \"x\":\n\tdefault:\n\t}",
			want: []string{"switch __si1, __sv1, __sok1 := __rt.Select(__rt.SelectRecv(ch), __rt.SelectSend(out, \"x\"), __rt.SelectDefault()); __si1 {",
				"case 0: var v int; if __sv1 != nil { v = __sv1.(int) }; ok := __sok1;", "\tcase 1:", "\tcase 2:"}},
		{name: "for without condition", body: "for i := 0; ; i++ {\n\t\tif i > 2 {\n\t\t\tbreak\n\t\t}\n\t}", want: []string{"for i := 0; true ; i++ {"}},
		{name: "loopvar", body: "for i := 0; i < 3; i++ {\n\t\tgo func() { fmt.Println(i) }()\n\t}", want: []string{"i++ { i := i;"}},
		{name: "loopvar refused", body: "for i := 0; i < 3; i++ {\n\t\tgo func() { fmt.Println(i) }()\n\t\ti++\n\t}", refused: "unsupported: loop variable i"},
		{name: "compiled func", body: "var wg sync.WaitGroup\n\twg.Go(func() {})\n\twg.Wait()", want: []string{"wg.Go(__rt.Goroutine(__rt.NewGoroutine(), func() {"}},
		{name: "compiled func in a loop", body: "var wg sync.WaitGroup\n\tfor i := range 2 {\n\t\tn := i * 2\n\t\twg.Go(func() { fmt.Println(i, n) })\n\t}\n\twg.Wait()",
			want: []string{"wg.Go(__rt.Goroutine(__rt.NewGoroutine(), func(i *int, n *int) func() { return func() {", "fmt.Println((*i), (*n)) } }(&i, &n)))"}},
		{name: "select continue", body: "ch := make(chan int)\n\tfor {\n\t\tselect {\n\t\tcase <-ch:\n\t\t\tcontinue\n\t\t}\n\t}", want: []string{"{ __selDo1 = 1; goto __sel1 }", "__sel1: ; if __selDo1 == 1 { continue };"}},
		{name: "select break", body: "ch := make(chan int)\n\tfor {\n\t\tselect {\n\t\tcase <-ch:\n\t\t\tbreak\n\t\t}\n\t}", want: []string{"goto __sel1", "}; __sel1: ;"}},
		{name: "min constant", body: "const c = min(3, 1)\n\tn := 2\n\tfmt.Println(c, max(c, n))", want: []string{"const c = (1)", "__max1(c, n)", "func __max1(x int, ys ...int) int"}},
		{name: "println", body: "var err error\n\tprintln(\"x\", 1, err)", want: []string{"__rt.Println(\"x\", 1, __rt.Iface((err) == nil))"}},
		{name: "go named", body: "go fmt.Println(1)", want: []string{"go func(__gid int64, __c func()) {", "__bind1(fmt.Println, 1))"}},
		{name: "new expr", body: "p := new(42)\n\tfmt.Println(*p)", want: []string{"__new1(42)", "func __new1(v int) *int { return &v }"}},
		{name: "panic recover", body: "defer func() { fmt.Println(recover()) }()\n\tpanic(fmt.Errorf(\"x\"))", want: []string{"__panicValue1(recover())", "panic(__panicSaveErr1(fmt.Errorf(\"x\")))"}},
		{name: "defer closure refused", body: "for i := range 3 {\n\t\tdefer func() { fmt.Println(i) }()\n\t}", refused: "unsupported: a deferred function literal uses i"},
		{name: "refused import", body: "_ = synctest.Wait", refused: "unsupported: package testing/synctest"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			imports := "\t\"fmt\"\n\t\"sync\"\n"
			if strings.Contains(tt.body, "synctest") {
				imports += "\t\"testing/synctest\"\n"
			}
			src := "package main\n\nimport (\n" + imports + ")\n\nvar _ sync.Mutex\nvar _ = fmt.Sprint\n\nfunc main() {\n\t" + tt.body + "\n}\n"
			out, err := Program("p.go", []byte(src))
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
			n := bytes.Count([]byte(src), []byte("\n"))
			lowered := strings.Split(string(out), "\n")
			assert.Equal(t, strings.Split(src, "\n")[n-1], "}")
			assert.True(t, strings.HasSuffix(lowered[n-1], "}") || strings.Contains(lowered[n-1], "}"), "line %d of the lowered program should still close main: %q", n, lowered[n-1])
		})
	}
}
