// The goroutine profile as text: at debug=1, entries grouped by stack and
// labels, sorted by count, each frame "#\tPC\tFUNC+OFF\tFILE:LINE"; at
// debug=2, the dump runtime.Stack(buf, true) gives.
package main

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"runtime/pprof"
	"strings"
	"sync"
	"time"
)

func idle(c chan int) {
	<-c
}

type pool struct{ mu sync.Mutex }

func (p *pool) get() {
	p.mu.Lock()
}

func main() {
	c := make(chan int)
	for range 3 {
		go idle(c)
	}
	p := &pool{}
	p.mu.Lock()
	go p.get()
	pprof.Do(context.Background(), pprof.Labels("job", "export"), func(ctx context.Context) {
		go idle(c)
	})
	time.Sleep(10 * time.Millisecond)

	var buf bytes.Buffer
	pprof.Lookup("goroutine").WriteTo(&buf, 1)
	header, profile, _ := strings.Cut(buf.String(), "\n")
	fmt.Println(header)
	var entries []string
	for entry := range strings.SplitSeq(strings.TrimSpace(profile), "\n\n") {
		lines := strings.Split(entry, "\n")
		count, _, _ := strings.Cut(lines[0], " @ ")
		e := count
		for _, line := range lines[1:] {
			if labels, ok := strings.CutPrefix(line, "# labels: "); ok {
				e += " " + labels
			}
			if f := strings.Fields(line); len(f) == 4 && f[0] == "#" && strings.HasPrefix(f[2], "main.") {
				fn, _, _ := strings.Cut(f[2], "+")
				e += " " + fn + " " + filepath.Base(f[3])
			}
		}
		entries = append(entries, e)
	}
	fmt.Println(entries[0])  // the largest count comes first
	sortedPrint(entries[1:]) // the counts of 1 come in any order

	buf.Reset()
	pprof.Lookup("goroutine").WriteTo(&buf, 2)
	fmt.Print(buf.String())
}

// sortedPrint prints the entries with frames of the program, sorted.
func sortedPrint(es []string) {
	var keep []string
	for _, e := range es {
		if strings.Contains(e, "main.") {
			keep = append(keep, e)
		}
	}
	for i := range keep {
		for j := i + 1; j < len(keep); j++ {
			if keep[j] < keep[i] {
				keep[i], keep[j] = keep[j], keep[i]
			}
		}
	}
	for _, e := range keep {
		fmt.Println(e)
	}
}
