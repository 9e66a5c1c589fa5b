package lower

import (
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/concbook/concurrency/internal/typecheck"
)

// TestCost reports the median cost of the type check and of the lowering
// per corpus program, after the first (which runs go list).
func TestCost(t *testing.T) {
	progs, _ := filepath.Glob("../../runner/testdata/corpus/*.go")
	if len(progs) == 0 {
		t.Skip("no corpus")
	}
	var checks, lowers []time.Duration
	for round := range 2 {
		for _, prog := range progs {
			src, err := os.ReadFile(prog)
			if err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			p, err := typecheck.Check(prog, src)
			if err != nil {
				t.Fatal(err)
			}
			mid := time.Now()
			if _, err := Checked(p); err != nil {
				t.Fatal(err)
			}
			if round == 1 {
				checks = append(checks, mid.Sub(start))
				lowers = append(lowers, time.Since(mid))
			}
		}
	}
	t.Logf("median per program: type check %v, lowering %v", median(checks), median(lowers))
}

func median(ds []time.Duration) time.Duration {
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	return ds[len(ds)/2]
}
