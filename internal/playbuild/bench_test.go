package playbuild

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/concbook/concurrency/internal/engine"
)

// BenchmarkWasmSize reports the size of the page runner as the server
// stores it: raw, gzip -9 and brotli -11 (goals: at most 4 MB gzip, 3 MB
// brotli).
func BenchmarkWasmSize(b *testing.B) {
	a, err := Build(engine.ModuleRoot(), "")
	if err != nil {
		b.Fatal(err)
	}
	var sizes [3]int64
	for b.Loop() {
		for i, p := range []string{a.Wasm, a.Gzip, a.Brotli} {
			fi, err := os.Stat(p)
			if err != nil {
				b.Fatal(err)
			}
			sizes[i] = fi.Size()
		}
	}
	b.ReportMetric(float64(sizes[0]), "raw-bytes")
	b.ReportMetric(float64(sizes[1]), "gzip-bytes")
	b.ReportMetric(float64(sizes[2]), "brotli-bytes")
}

// benchPage drives play/worker.js as the page does: it creates the worker
// on the first run and reports, for each run, when the first output came
// and when the run was done (ms since the run was asked for).
const benchPage = `<!doctype html><title>bench</title><script>
window.bench = {
	worker: null,
	run(source, lowered) {
		return new Promise((resolve, reject) => {
			const t0 = performance.now();
			let first = null;
			if (!this.worker) this.worker = new Worker("worker.js");
			this.worker.onmessage = (e) => {
				const m = e.data;
				if (m.type === "output" && first === null) first = performance.now() - t0;
				if (m.type === "done") resolve({first: first, done: performance.now() - t0, output: m.output, timings: m.timings});
				if (m.type === "error") reject(new Error(m.message));
			};
			const msg = {type: "run", name: "bench/x", source: source, transcript: ""};
			if (lowered) msg.lowered = lowered;
			this.worker.postMessage(msg);
		});
	},
};
</script>`

const (
	benchHello  = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hello, world\")\n}\n"
	benchSleeps = "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n\t\"time\"\n)\n\nfunc main() {\n\tvar wg sync.WaitGroup\n\tfor i := range 4 {\n\t\twg.Go(func() {\n\t\t\ttime.Sleep(time.Duration(i+1) * time.Second)\n\t\t\tfmt.Println(\"slept\", i+1)\n\t\t})\n\t}\n\twg.Wait()\n}\n"
)

// BenchmarkBrowser measures the page runner in headless chromium, from a
// local server that serves the brotli form: the time from the first Run of
// hello world to its output, a new worker's download and compile included
// (goal: at most 1.5 s), as a reader's click on the book's hello world
// sends it, lowered ahead by the site build (ms-first-output), and edited
// by the reader, which the page then lowers (ms-first-output-edited, every
// other iteration); a second run in the same worker, a second after the
// first (goal: at most 100 ms); and the real time of a program whose
// goroutines sleep 10 s in all (1+2+3+4 s; goal: at most 0.5 s). Medians
// over the iterations, each in a new browser context (a renderer of its
// own, which compiles the wasm again: no code of an earlier iteration is
// reused).
func BenchmarkBrowser(b *testing.B) {
	const chromium = "/usr/bin/chromium"
	if _, err := os.Stat(chromium); err != nil {
		b.Skipf("needs Debian's chromium at %s", chromium)
	}
	a, err := Build(engine.ModuleRoot(), "")
	if err != nil {
		b.Fatal(err)
	}
	goroot, err := goRoot()
	if err != nil {
		b.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/":
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte(benchPage))
		case "/worker.js":
			w.Header().Set("Content-Type", "text/javascript")
			w.Write(workerJS)
		case "/wasm_exec.js":
			http.ServeFile(w, r, filepath.Join(goroot, "lib", "wasm", "wasm_exec.js"))
		case "/runner.wasm":
			w.Header().Set("Content-Type", "application/wasm")
			w.Header().Set("Content-Encoding", "br")
			w.Header().Set("Cache-Control", "no-store") // every tab downloads it
			http.ServeFile(w, r, a.Brotli)
		default:
			http.NotFound(w, r)
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	alloc, cancelAlloc := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(chromium),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.NoFirstRun,
		chromedp.UserDataDir(b.TempDir()),
	)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(alloc)
	defer cancelBrowser()
	if err := chromedp.Do(bctx); err != nil {
		b.Fatal(err)
	}

	// Timings are the worker's own steps (worker.js handleRun).
	type timings struct{ Load, Service, Prepare, Start, Run, Verdict float64 }
	type times struct {
		First, Done float64
		Timings     timings
	}
	lw, err := NewLowerer(engine.ModuleRoot())
	if err != nil {
		b.Fatal(err)
	}
	defer lw.Close()
	lowered, err := lw.Lower([]byte(benchHello))
	if err != nil {
		b.Fatal(err)
	}
	var first, edited, second, sleeps []float64
	var steps []timings
	run := func(tctx context.Context, src, lowered string) times {
		t, err := chromedp.Run(tctx, chromedp.Evaluate[times]("bench.run("+jsString(src)+", "+jsString(lowered)+")", chromedp.EvalAwaitPromise))
		if err != nil {
			b.Fatal(err)
		}
		return t
	}
	i := 0
	for b.Loop() {
		tctx, cancelTab := chromedp.NewContext(bctx, chromedp.WithNewBrowserContext())
		if err := chromedp.Do(tctx, chromedp.Navigate(srv.URL+"/")); err != nil {
			b.Fatal(err)
		}
		if i++; i%2 == 0 {
			edited = append(edited, run(tctx, benchHello, "").First)
		} else {
			t := run(tctx, benchHello, string(lowered))
			first = append(first, t.First)
			steps = append(steps, t.Timings)
		}
		// A reader clicks again later: by then the worker has started the
		// next run's instance (worker.js), which the next run measures.
		time.Sleep(time.Second)
		second = append(second, run(tctx, benchHello, string(lowered)).Done)
		time.Sleep(time.Second)
		sleeps = append(sleeps, run(tctx, benchSleeps, "").Done)
		cancelTab()
	}
	b.ReportMetric(median(first), "ms-first-output")
	if len(edited) > 0 {
		b.ReportMetric(median(edited), "ms-first-output-edited")
	}
	b.ReportMetric(median(second), "ms-second-run")
	b.ReportMetric(median(sleeps), "ms-sleep-10s")
	// Where the first run's time goes, step by step.
	for _, st := range []struct {
		unit string
		of   func(timings) float64
	}{
		{"ms-first-load", func(t timings) float64 { return t.Load }},
		{"ms-first-service", func(t timings) float64 { return t.Service }},
		{"ms-first-prepare", func(t timings) float64 { return t.Prepare }},
		{"ms-first-start", func(t timings) float64 { return t.Start }},
		{"ms-first-run", func(t timings) float64 { return t.Run }},
	} {
		var xs []float64
		for _, t := range steps {
			xs = append(xs, st.of(t))
		}
		b.ReportMetric(median(xs), st.unit)
	}
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\t", `\t`)
	return `"` + r.Replace(s) + `"`
}
