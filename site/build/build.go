package build

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/concbook/concurrency/internal/book"
	"github.com/concbook/concurrency/internal/engine"
	"github.com/concbook/concurrency/internal/play"
	"github.com/concbook/concurrency/internal/playbuild"
	"github.com/concbook/concurrency/internal/transcript"
	"github.com/concbook/concurrency/site/assets"
	"github.com/concbook/concurrency/site/render"
	"github.com/concbook/concurrency/site/search"
)

// DefaultTitle is the book's title.
const DefaultTitle = "Concurrency in Go"

// DefaultSourceURL is where the book's repository shows its files: a
// chapter's path (chapters/02-channels.md) appended is the address of the
// chapter's "Edit this page" link. The one place the repository is named.
const DefaultSourceURL = "https://github.com/concbook/concurrency/blob/main/"

// Config says what to build and where.
type Config struct {
	Root  string // the book: Root/chapters and Root/expected
	Out   string // the site's directory, made if missing
	Title string // the book's title; DefaultTitle if empty
	// SourceURL is where a chapter's source is shown, its path appended
	// (DefaultSourceURL); "": no "Edit this page" link.
	SourceURL string
	// Templates and Assets replace the embedded templates and static files
	// (nil: embedded). The serve command reads them from the source tree.
	Templates, Assets fs.FS
	// Timelines draws each program's goroutine timeline under its output
	// (timelines.go), caching them under CacheDir ("": the engine's cache).
	Timelines bool
	CacheDir  string
	// Play adds the in-page runner (internal/playbuild): play/ with the
	// runner compiled to WebAssembly, built into CacheDir unless cached,
	// and programs/ with every program's source and transcript.
	Play bool
}

// Result is what a build made and found.
type Result struct {
	// Files are the files written, relative to Out, in order.
	Files []string
	// Bytes is their total size.
	Bytes int64
	// Errors are problems in the book (unreadable chapters and
	// transcripts); Warnings are links that lead nowhere yet.
	Errors, Warnings book.ErrorList
	// NotRunnable are the programs the page cannot run, with Play.
	NotRunnable []playbuild.NotRunnable
	Elapsed     time.Duration
}

// Build makes the site. Its error is for a site that could not be made or
// written; problems in the book are in the Result.
func Build(cfg Config) (*Result, error) {
	start := time.Now()
	if cfg.Title == "" {
		cfg.Title = DefaultTitle
	}
	res := &Result{}
	bk, err := book.Load(cfg.Root, render.Extensions...)
	var el book.ErrorList
	switch {
	case errors.As(err, &el):
		res.Errors = append(res.Errors, el...)
	case err != nil:
		return nil, fmt.Errorf("load the book: %w", err)
	}
	transcripts := map[*book.Program]*transcript.Transcript{}
	for _, p := range bk.Programs() {
		t, err := loadTranscript(cfg.Root, p)
		if err != nil {
			res.Errors = append(res.Errors, asError(p.TranscriptPath(), err))
			continue
		}
		if t != nil {
			transcripts[p] = t
		}
	}
	var tls map[*book.Program]*render.Timeline
	if cfg.Timelines && bk != nil {
		tls = timelines(bk, transcripts, cfg.Root, cmp.Or(cfg.CacheDir, engine.DefaultCacheDir()))
	}
	site, err := render.Render(render.Input{
		Book: bk, Transcripts: transcripts, Timelines: tls, Title: cfg.Title,
		Templates: cfg.Templates, Runnable: play.Runnable, SourceURL: cfg.SourceURL,
	})
	if err != nil {
		return nil, err
	}
	res.Warnings = site.Warnings

	files := map[string][]byte{}
	for _, p := range site.Pages {
		files[p.Path] = p.HTML
	}
	index, err := searchIndex(bk, site.Contents)
	if err != nil {
		return nil, err
	}
	files[search.ScriptName] = index
	solutions, err := solutionTranscripts(cfg.Root, bk, transcripts)
	if err != nil {
		return nil, err
	}
	for p, data := range solutions {
		files[p] = data
	}
	static, err := assets.Bundle(cfg.Assets)
	if err != nil {
		return nil, err
	}
	for p, data := range static {
		if _, clash := files[p]; clash {
			return nil, fmt.Errorf("asset %s has the name of a page", p)
		}
		files[p] = data
	}
	if cfg.Play && bk != nil {
		playFiles, skipped, err := playbuild.Files(cfg.Root, cfg.CacheDir, bk)
		if err != nil {
			return nil, fmt.Errorf("the page runner: %w", err)
		}
		for p, data := range playFiles {
			if _, clash := files[p]; clash {
				return nil, fmt.Errorf("page runner file %s has the name of a page or asset", p)
			}
			files[p] = data
		}
		res.NotRunnable = skipped
	}
	if err := write(cfg.Out, files); err != nil {
		return nil, err
	}
	for p, data := range files {
		res.Files = append(res.Files, p)
		res.Bytes += int64(len(data))
	}
	sort.Strings(res.Files)
	res.Elapsed = time.Since(start)
	return res, nil
}

// loadTranscript reads and parses a program's transcript; nil, nil when it
// does not exist yet.
func loadTranscript(root string, p *book.Program) (*transcript.Transcript, error) {
	data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(p.TranscriptPath())))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return transcript.Parse(p.TranscriptPath(), data)
}

// solutionTranscripts are the transcripts of the exercises' solutions, as
// the book has them, at their paths in the book (expected/CHAPTER/NAME.txt):
// the path an exercise's starter cell names in data-transcript, which a
// page's in-page runner fetches to check a reader's answer against.
func solutionTranscripts(root string, bk *book.Book, parsed map[*book.Program]*transcript.Transcript) (map[string][]byte, error) {
	files := map[string][]byte{}
	for _, p := range bk.Programs() {
		if p.SolutionOf == nil || parsed[p] == nil {
			continue
		}
		data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(p.TranscriptPath())))
		if err != nil {
			return nil, fmt.Errorf("read a solution's transcript: %w", err)
		}
		files[p.TranscriptPath()] = data
	}
	return files, nil
}

// asError is err as a problem at file:line:col.
func asError(file string, err error) *book.Error {
	var pe *transcript.ParseError
	if errors.As(err, &pe) {
		return &book.Error{File: pe.File, Line: pe.Line, Col: pe.Col, Msg: pe.Msg}
	}
	return &book.Error{File: file, Line: 1, Col: 1, Msg: err.Error()}
}

// searchIndex is search-index.js: every section of every chapter, and the
// planned sections, so that a link to one from outside finds its page.
func searchIndex(bk *book.Book, cs *render.Contents) ([]byte, error) {
	var chapters []search.Chapter
	for i, c := range bk.Chapters {
		chapters = append(chapters, search.Chapter{Chapter: c, Page: cs.Chapters[i].Page, Label: cs.Chapters[i].Label()})
	}
	ix := search.Build(chapters)
	for _, p := range cs.Planned {
		ix.Add(search.Entry{URL: render.PlannedPage + "#" + p.ID, Title: p.Title, Chapter: "Not yet written", Text: "not written yet"})
	}
	return ix.Script()
}

// manifest lists, in the output directory, the files a build wrote, so that
// the next build removes those it no longer writes, and nothing else.
const manifest = ".site-files"

// write writes the files into dir, each through a temporary file renamed
// into place, so that a server never serves half a file; then it removes the
// files the previous build wrote and this one did not.
func write(dir string, files map[string][]byte) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("write the site: %w", err)
	}
	old, _ := os.ReadFile(filepath.Join(dir, manifest))
	var names []string
	for p, data := range files {
		names = append(names, p)
		dst := filepath.Join(dir, filepath.FromSlash(p))
		if cur, err := os.ReadFile(dst); err == nil && bytes.Equal(cur, data) {
			continue // unchanged: keep its time, for the server's caches
		}
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return fmt.Errorf("write the site: %w", err)
		}
		tmp := dst + ".tmp"
		if err := os.WriteFile(tmp, data, 0o644); err != nil {
			return fmt.Errorf("write the site: %w", err)
		}
		if err := os.Rename(tmp, dst); err != nil {
			return fmt.Errorf("write the site: %w", err)
		}
	}
	sort.Strings(names)
	keep := map[string]bool{}
	for _, n := range names {
		keep[n] = true
	}
	for _, n := range strings.Split(string(old), "\n") {
		if n != "" && !keep[n] && filepath.IsLocal(filepath.FromSlash(n)) {
			_ = os.Remove(filepath.Join(dir, filepath.FromSlash(n)))
		}
	}
	if err := os.WriteFile(filepath.Join(dir, manifest), []byte(strings.Join(names, "\n")+"\n"), 0o644); err != nil {
		return fmt.Errorf("write the site: %w", err)
	}
	return nil
}
