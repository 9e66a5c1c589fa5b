package lower

import (
	"errors"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/concbook/concurrency/internal/typecheck"
)

// lowerDeadline bounds one lowering in FuzzLower: far above what a
// program takes (milliseconds), far below the fuzzer's own kill.
const lowerDeadline = 20 * time.Second

// FuzzLower feeds the lowering the corpus programs, mutated: it must never
// panic or hang, must refuse with a positioned error, and what it writes
// must parse.
func FuzzLower(f *testing.F) {
	progs, err := filepath.Glob("../../runner/testdata/corpus/*.go")
	if err != nil || len(progs) == 0 {
		f.Fatalf("no corpus programs: %v", err)
	}
	for _, prog := range progs {
		src, err := os.ReadFile(prog)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		type result struct {
			out []byte
			err error
		}
		done := make(chan result, 1)
		go func() {
			out, err := Program("main.go", src)
			done <- result{out, err}
		}()
		var r result
		select {
		case r = <-done:
		case <-time.After(lowerDeadline):
			t.Fatalf("lowering did not finish in %v", lowerDeadline)
		}
		if r.err != nil {
			var le *Error
			var te *typecheck.Error
			if !errors.As(r.err, &le) && !errors.As(r.err, &te) {
				t.Fatalf("lowering failed without a positioned error: %v", r.err)
			}
			return
		}
		if _, err := parser.ParseFile(token.NewFileSet(), "main.go", r.out, parser.SkipObjectResolution); err != nil {
			t.Fatalf("the lowered program does not parse: %v\n%s", err, r.out)
		}
	})
}
