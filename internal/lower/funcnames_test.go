package lower

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The table of the program's functions names each as a Go traceback does,
// at the position of its func keyword in the lowered program (the edits
// before it on its line moved it).
func TestFuncTable(t *testing.T) {
	src := `package main

import "fmt"

type T struct{}

func (T) m()  {}
func (*T) p() {}

type G[X any] struct{}

func (G[X]) gm(x X) {}
func gf[X any]()    {}

var pkgLevel = func() {}

func init() {}
func init() {}

func seq(yield func(int) bool) { yield(1) }

func main() {
	f := func(n int) {
		go func() { fmt.Println(n) }()
	}
	f(1)
	for x := range seq {
		fmt.Println(x)
	}
	go fmt.Println(2)
}
`
	out, err := Program("p.go", []byte(src))
	require.NoError(t, err)
	var table []string
	for _, l := range strings.Split(string(out), "\n") {
		if rest, ok := strings.CutPrefix(l, funcNamePrefix); ok {
			table = append(table, rest)
		}
	}
	assert.Equal(t, []string{
		"main.T.m\t(...)\tp.go:7:1",
		"main.(*T).p\t(...)\tp.go:8:1",
		"main.G[...].gm\t(...)\tp.go:12:1",
		"main.gf[...]\t()\tp.go:13:1",
		"main.init.func1\t()\tp.go:15:16",
		"main.init.0\t()\tp.go:17:1",
		"main.init.1\t()\tp.go:18:1",
		"main.seq\t(...)\tp.go:20:1",
		"main.main\t()\tp.go:22:1",
		"main.main.func1\t(...)\tp.go:23:7",
		"main.main.func1.1\t()\tp.go:24:6",
		"main.main-range1\t(...)\tp.go:27:45",
	}, table)
	// Each position is a func keyword of the lowered program: the range
	// loop's body is the lowering's literal.
	lowered := strings.Split(string(out), "\n")
	for _, row := range table {
		pos := row[strings.LastIndexByte(row, '\t')+1:]
		var line, col int
		_, err := fmt.Sscanf(pos[len("p.go:"):], "%d:%d", &line, &col)
		require.NoError(t, err)
		assert.True(t, strings.HasPrefix(lowered[line-1][col-1:], "func"), "%s: %q", row, lowered[line-1])
	}
	assert.Contains(t, lowered[26], "(seq)(func(x int) bool {")
	assert.Contains(t, string(out), `__rt.NewGoroutineAt("main.main.func1", "p.go", 24, 0)`)
	assert.Contains(t, string(out), `__rt.NewGoroutineAt("main.main", "p.go", 30, 1)`)
}
