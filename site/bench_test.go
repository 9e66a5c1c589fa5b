package main

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/concbook/concurrency/site/build"
	"github.com/concbook/concurrency/site/check"
	"github.com/concbook/concurrency/site/search"
)

// BenchmarkBuild is the time to build the whole site from the real
// chapters into a new directory (goal: at most 0.5 s).
func BenchmarkBuild(b *testing.B) {
	dir := b.TempDir()
	for i := 0; b.Loop(); i++ {
		res, err := build.Build(build.Config{Root: bookRoot, Out: filepath.Join(dir, fmt.Sprint(i))})
		if err != nil {
			b.Fatal(err)
		}
		if i == 0 {
			b.ReportMetric(float64(len(res.Files)), "files")
		}
	}
}

// BenchmarkPageBytes reports the bytes a reader's browser fetches for the
// largest chapter page: the page and the stylesheet, scripts and icon it
// names (goal: at most 150 KB). The search index is fetched on the first
// search only and is reported on its own.
func BenchmarkPageBytes(b *testing.B) {
	out := b.TempDir()
	res, err := build.Build(build.Config{Root: bookRoot, Out: out})
	if err != nil {
		b.Fatal(err)
	}
	var largest, largestPage int64
	var name string
	for b.Loop() {
		largest, largestPage, name = 0, 0, ""
		for _, f := range res.Files {
			if !strings.HasSuffix(f, ".html") || f == "index.html" || f == "planned.html" || f == "print.html" {
				continue
			}
			total, page := pageBytes(b, out, f)
			if total > largest {
				largest, largestPage, name = total, page, f
			}
		}
	}
	index, err := os.Stat(filepath.Join(out, search.ScriptName))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(largest), "bytes/page")
	b.ReportMetric(float64(largestPage), "html-bytes/page")
	b.ReportMetric(float64(index.Size()), "bytes/search-index")
	b.Logf("largest page: %s, %d bytes with its assets (%d of HTML)", name, largest, largestPage)
}

// pageBytes is the size of a page with the files it loads, and of the page
// alone.
func pageBytes(b *testing.B, out, page string) (total, html int64) {
	data, err := os.ReadFile(filepath.Join(out, page))
	if err != nil {
		b.Fatal(err)
	}
	html = int64(len(data))
	total = html
	seen := map[string]bool{}
	for _, t := range check.Scan(page, data).Tags {
		ref := ""
		switch {
		case t.Name == "script":
			ref = t.Attrs["src"]
		case t.Name == "link":
			ref = t.Attrs["href"]
		}
		if ref == "" || seen[ref] {
			continue
		}
		seen[ref] = true
		fi, err := os.Stat(filepath.Join(out, filepath.FromSlash(path.Clean(ref))))
		if err != nil {
			b.Fatalf("%s loads %s: %v", page, ref, err)
		}
		total += fi.Size()
	}
	return total, html
}
