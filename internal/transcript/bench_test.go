package transcript

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// BenchmarkMatchStreams matches a 10,000-line output against a transcript
// of 16 streams (goal: at most 50 ms an op).
func BenchmarkMatchStreams(b *testing.B) {
	var src strings.Builder
	src.WriteString("-- streams --\n")
	streams := make([][]string, 16)
	for g := range 16 {
		for s := range 625 {
			line := fmt.Sprintf("goroutine %d: item %d", g, s)
			streams[g] = append(streams[g], line)
			fmt.Fprintf(&src, "g%d| goroutine %d: item {{int %d}}\n", g, g, s)
		}
	}
	src.WriteString("-- end --\n")
	tr, err := Parse("bench.txt", []byte(src.String()))
	if err != nil {
		b.Fatal(err)
	}
	out := strings.Join(interleave(rand.New(rand.NewPCG(3, 4)), streams), "\n") + "\n"
	b.ResetTimer()
	for b.Loop() {
		if err := tr.Match(out); err != nil {
			b.Fatal(err)
		}
	}
}
