package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"sync"
	"testing"
	"time"
)

// The benchmarks here time whole commands, side by side in one run, and
// report medians: `runner run` (the built runner binary; its worker binary
// cached) against `go run` (build cache warm), and `runner check` of the
// whole book.

var (
	runnerOnce sync.Once
	runnerBin  string
	runnerErr  error
)

// builtRunner builds the runner once per test process.
func builtRunner(b testing.TB) string {
	runnerOnce.Do(func() {
		dir, err := os.MkdirTemp("", "runner-bench-")
		if err != nil {
			runnerErr = err
			return
		}
		runnerBin = filepath.Join(dir, "runner")
		out, err := exec.Command("go", "build", "-o", runnerBin, ".").CombinedOutput()
		if err != nil {
			runnerErr = &exec.Error{Name: string(out), Err: err}
		}
	})
	if runnerErr != nil {
		b.Fatal(runnerErr)
	}
	return runnerBin
}

// timed runs a command and returns its wall time.
func timed(b *testing.B, dir, name string, args ...string) time.Duration {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	start := time.Now()
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
	return time.Since(start)
}

func median(ds []time.Duration) time.Duration {
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2]
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// benchRunVsGoRun alternates `runner run FILE` (the yaegi engine),
// `runner run -engine=go FILE` (its binary cached) and `go run FILE` (build
// cache warm), and reports each one's median and their ratios.
func benchRunVsGoRun(b *testing.B, file string) {
	bin := builtRunner(b)
	timed(b, ".", bin, "run", file)               // builds or finds the workers
	timed(b, ".", bin, "run", "-engine=go", file) // compiles the program once
	timed(b, ".", "go", "run", file)              // warms the build cache
	var runner, goEngine, gorun []time.Duration
	b.ResetTimer()
	for range b.N {
		runner = append(runner, timed(b, ".", bin, "run", file))
		goEngine = append(goEngine, timed(b, ".", bin, "run", "-engine=go", file))
		gorun = append(gorun, timed(b, ".", "go", "run", file))
	}
	b.StopTimer()
	r, e, g := median(runner), median(goEngine), median(gorun)
	b.ReportMetric(ms(r), "runner-ms")
	b.ReportMetric(ms(e), "go-engine-ms")
	b.ReportMetric(ms(g), "gorun-ms")
	b.ReportMetric(float64(r)/float64(e), "runner/go-engine")
	b.ReportMetric(float64(g)/float64(r), "gorun/runner")
	b.ReportMetric(0, "ns/op")
}

// BenchmarkRunHello: goal, the runner (yaegi) at most 25 ms a program,
// the worker's start included.
func BenchmarkRunHello(b *testing.B) { benchRunVsGoRun(b, "../internal/engine/testdata/hello.go") }

// BenchmarkRunSleep10: goroutines that sleep 10 s in all.
func BenchmarkRunSleep10(b *testing.B) { benchRunVsGoRun(b, "../internal/engine/testdata/sleep10.go") }

// BenchmarkCheckBook times `runner check` of the whole book, side by
// side: the yaegi engine running every program (-count=1; goal: at most
// 2.5 s), the go engine with its binaries cached, the unchanged book from
// the result cache (goal: at most 0.5 s), and, once, the go engine with an
// empty cache (every program compiled).
func BenchmarkCheckBook(b *testing.B) {
	bin := builtRunner(b)
	root, _ := filepath.Abs("..")
	check := func(env []string, args ...string) time.Duration {
		cmd := exec.Command(bin, append([]string{"check"}, args...)...)
		cmd.Dir = root
		cmd.Env = append(os.Environ(), env...)
		start := time.Now()
		cmd.Run() // a failing book still times its check
		return time.Since(start)
	}
	check(nil, "-engine=yaegi,go") // builds what is missing, fills the result cache
	var yaegi, goWarm, cached []time.Duration
	for range b.N {
		yaegi = append(yaegi, check(nil, "-engine=yaegi", "-count=1"))
		goWarm = append(goWarm, check(nil, "-engine=go", "-count=1"))
		cached = append(cached, check(nil, "-engine=yaegi"))
	}
	cold := check([]string{"CONCBOOK_CACHE=" + b.TempDir()}, "-engine=go")
	b.ReportMetric(ms(median(yaegi)), "yaegi-ms")
	b.ReportMetric(ms(median(goWarm)), "go-warm-ms")
	b.ReportMetric(ms(median(cached)), "cached-ms")
	b.ReportMetric(ms(cold), "go-cold-ms")
	b.ReportMetric(float64(median(yaegi))/float64(median(goWarm)), "yaegi/go-warm")
	b.ReportMetric(0, "ns/op")
}
