package main

import (
	"context"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// The in-page runner's speed, measured in headless chromium on the site
// served from the loopback: a reader's first Run of hello world, download
// of the runner included (goal: at most 1.5 s), a second Run a second
// later (goal: at most 100 ms; and one at once, for comparison), and a
// program whose goroutines sleep 10 s in all (goal: at most 0.5 s of real
// time). Each reports the median of its runs, in ms, from the
// click to the end of the run (its output and verdict shown), as the page
// measures it.

// timeRun is the page's script that clicks a program's Run and resolves,
// when the run ends, to the milliseconds it took and how it ended.
const timeRun = `new Promise((resolve) => {
	const fig = document.querySelector('figure[data-id="' + ID + '"]');
	const area = fig.querySelector(".run");
	const t0 = performance.now();
	const seen = new MutationObserver(() => {
		if (!area.dataset.state) return;
		seen.disconnect();
		const ms = performance.now() - t0;
		// the worker's steps arrive with the verdict, just after the state
		setTimeout(() => resolve({ms, end: area.dataset.state + "/" + (area.dataset.verdict || ""), steps: JSON.parse(area.dataset.timings || "{}")}), 0);
	});
	seen.observe(area, {attributes: true, attributeFilter: ["data-state"]});
	fig.querySelector('button[data-play="run"]').click();
})`

type runTime struct {
	MS  float64 `json:"ms"`
	End string  `json:"end"`
	// Steps are the worker's real milliseconds per step (worker.js's
	// timings: load, service, prepare, start, run, verdict).
	Steps map[string]float64 `json:"steps"`
}

// benchPlay starts chromium on the play book's site; it skips where
// chromium or the in-page runner is missing.
func benchPlay(b *testing.B) *browserSuite {
	if _, err := os.Stat(chromiumPath); err != nil {
		b.Skipf("needs Debian's chromium at %s", chromiumPath)
	}
	return launchBrowser(b, buildPlaySite(b, playBookRoot))
}

// measure runs a program in the tab and returns the page's time.
func measure(b *testing.B, ctx context.Context, id string) float64 {
	return measureSteps(b, ctx, id).MS
}

// measureSteps runs a program in the tab and returns the page's time and
// the worker's steps.
func measureSteps(b *testing.B, ctx context.Context, id string) runTime {
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	r, err := chromedp.Run(ctx, chromedp.Evaluate[runTime](`(() => { const ID = "`+id+`"; return `+timeRun+`; })()`, chromedp.EvalAwaitPromise))
	if err != nil {
		b.Fatal(err)
	}
	if r.End != "done/match" {
		b.Fatalf("%s ended %s", id, r.End)
	}
	return r
}

func openPage(b *testing.B, ctx context.Context, url string) {
	if err := chromedp.Do(ctx, chromedp.Navigate(url), chromedp.WaitReady(chromedp.CSS("body"))); err != nil {
		b.Fatal(err)
	}
}

func reportMedian(b *testing.B, ms []float64, unit string) {
	slices.Sort(ms)
	b.ReportMetric(ms[len(ms)/2], unit)
	b.ReportMetric(0, "ns/op")
}

// BenchmarkPlayFirstRun: each iteration is a new browser profile with an
// empty cache, so the runner downloads again.
func BenchmarkPlayFirstRun(b *testing.B) {
	s := benchPlay(b)
	var ms []float64
	steps := map[string][]float64{}
	for b.Loop() {
		ctx, cancel := chromedp.NewContext(s.ctx, chromedp.WithNewBrowserContext())
		openPage(b, ctx, s.base+"faults.html")
		r := measureSteps(b, ctx, "faults/hello")
		ms = append(ms, r.MS)
		for k, v := range r.Steps {
			steps[k] = append(steps[k], v)
		}
		cancel()
	}
	// Where the first run's time goes: fetching and compiling the runner
	// (load), starting its service instance, type-checking and lowering
	// (prepare), starting the run's instance, the run itself.
	for _, k := range []string{"load", "service", "prepare", "start", "run"} {
		if len(steps[k]) > 0 {
			slices.Sort(steps[k])
			b.ReportMetric(steps[k][len(steps[k])/2], "ms/"+k)
		}
	}
	reportMedian(b, ms, "ms/first-run")
}

// BenchmarkPlaySecondRun: the runner is loaded; a reader who has read the
// output Runs again, a second later (as internal/playbuild's
// BenchmarkBrowser does). The worker has used that second to start the
// next run's Go instance.
func BenchmarkPlaySecondRun(b *testing.B) { benchLoaded(b, "faults/hello", "ms/run", time.Second) }

// BenchmarkPlayBackToBack: Run again the moment the last run ends, before
// the worker has started the next run's Go instance, which the run then
// waits for.
func BenchmarkPlayBackToBack(b *testing.B) {
	benchLoaded(b, "faults/hello", "ms/run-at-once", 0)
}

// BenchmarkPlaySleeps: goroutines that sleep 1+2+3+4 = 10 s of virtual
// time, with the runner loaded, a second after the last run.
func BenchmarkPlaySleeps(b *testing.B) {
	benchLoaded(b, "faults/sleeps", "ms/10s-of-sleeps", time.Second)
}

// benchLoaded loads the runner with one run of faults/hello, then times
// runs of program, each pause after the last, reporting their median in
// unit.
func benchLoaded(b *testing.B, program, unit string, pause time.Duration) {
	s := benchPlay(b)
	ctx, cancel := chromedp.NewContext(s.ctx)
	defer cancel()
	openPage(b, ctx, s.base+"faults.html")
	measure(b, ctx, "faults/hello")
	var ms []float64
	for b.Loop() {
		b.StopTimer()
		time.Sleep(pause)
		b.StartTimer()
		ms = append(ms, measure(b, ctx, program))
	}
	reportMedian(b, ms, unit)
}
