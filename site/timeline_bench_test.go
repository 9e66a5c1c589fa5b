package main

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"testing"
	"time"

	"github.com/concbook/concurrency/site/build"
)

// BenchmarkBuildTimelines times the whole site build with the programs'
// goroutine timelines, side by side with the build without them, and
// reports medians: "first-ms" once, with the timeline cache empty (every
// virtual-clock program runs twice, from cached binaries), "cached-ms" with
// the cache full, "plain-ms" without timelines. It also reports the inline
// SVG's bytes per program, median and largest (goal: at most 20 KB each).
func BenchmarkBuildTimelines(b *testing.B) {
	dir := b.TempDir()
	build1 := func(out, cache string, timelines bool) (*build.Result, time.Duration) {
		start := time.Now()
		res, err := build.Build(build.Config{Root: bookRoot, Out: filepath.Join(dir, out), Timelines: timelines, CacheDir: cache})
		if err != nil {
			b.Fatal(err)
		}
		return res, time.Since(start)
	}
	build1("warm", b.TempDir(), true) // builds the binaries that are missing
	cache := b.TempDir()
	_, first := build1("first", cache, true)
	var cached, plain []time.Duration
	for b.Loop() {
		_, d := build1("cached", cache, true)
		cached = append(cached, d)
		_, d = build1("plain", cache, false)
		plain = append(plain, d)
	}
	sizes := svgSizes(b, filepath.Join(dir, "cached"))
	b.ReportMetric(ms(first), "first-ms")
	b.ReportMetric(ms(medianDuration(cached)), "cached-ms")
	b.ReportMetric(ms(medianDuration(plain)), "plain-ms")
	b.ReportMetric(float64(len(sizes)), "timelines")
	b.ReportMetric(float64(sizes[len(sizes)/2]), "svg-median-bytes")
	b.ReportMetric(float64(sizes[len(sizes)-1]), "svg-max-bytes")
	b.ReportMetric(0, "ns/op")
}

var inlineSVG = regexp.MustCompile(`(?s)<svg class="timeline".*?</svg>`)

// svgSizes are the sizes of the site's inline timelines, ascending.
func svgSizes(b *testing.B, out string) []int {
	pages, err := filepath.Glob(filepath.Join(out, "*.html"))
	if err != nil {
		b.Fatal(err)
	}
	var sizes []int
	for _, p := range pages {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		for _, svg := range inlineSVG.FindAll(data, -1) {
			sizes = append(sizes, len(svg))
		}
	}
	if len(sizes) == 0 {
		b.Fatal("no timeline in the site")
	}
	sort.Ints(sizes)
	return sizes
}

func medianDuration(ds []time.Duration) time.Duration {
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2]
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
