package check

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/concbook/concurrency/internal/book"
	"github.com/concbook/concurrency/internal/engine"
	"github.com/concbook/concurrency/internal/transcript"

	"github.com/concbook/concurrency/internal/atomicfile"
)

// Runner runs one program; *engine.Engine is one.
type Runner interface {
	Run(ctx context.Context, req engine.Request) (*engine.Result, error)
}

// Prebuilder is a Runner that prepares many programs at once, faster than
// one at a time (the Go engine compiles them in one go command).
type Prebuilder interface {
	Prebuild(reqs []engine.Request) error
}

// Options configure a check.
type Options struct {
	// Root is the book's folder, holding chapters/ and expected/.
	Root string
	// Run selects the programs whose id ("chapter/program") it matches;
	// nil selects all.
	Run *regexp.Regexp
	// Update writes missing transcripts and merges failing ones.
	Update bool
	// Jobs is how many programs run at once; 0 means the number of CPUs.
	Jobs int
	// Timeout is each program's wall-time limit where its fence sets none;
	// 0 means the engine's default.
	Timeout time.Duration
	// Engines run each program; its output must fit the transcript under
	// every one. -update merges the first one's output.
	Engines []Engine
	// Results, if set, remembers the programs that passed and reports
	// them again, "(cached)", while nothing they depend on changed.
	Results *ResultCache
	// Count runs each program that many times (0 means once); every run
	// must pass.
	Count int
}

// Engine is a named Runner.
type Engine struct {
	Name   string
	Runner Runner
}

// Summary counts the outcomes of a check; Cached counts the passes that
// came from the result cache.
type Summary struct {
	Passed, Failed, Skipped, Cached int
}

// Check checks the selected programs and orphan transcripts, calling report
// with each outcome in book order, and returns the counts.
func Check(ctx context.Context, opt Options, report func(*Outcome)) (Summary, error) {
	var sum Summary
	emit := func(o *Outcome) {
		if o.Status == Pass {
			sum.Passed++
			if o.Cached {
				sum.Cached++
			}
		} else if o.Status == Skip {
			sum.Skipped++
		} else {
			sum.Failed++
		}
		report(o)
	}
	bk, err := book.Load(opt.Root)
	if bk == nil {
		if errors.Is(err, fs.ErrNotExist) {
			dir, _ := filepath.Abs(opt.Root)
			return sum, &NoBookError{Dir: dir}
		}
		return sum, err
	}
	var loadErrs book.ErrorList
	if !errors.As(err, &loadErrs) && err != nil {
		return sum, err
	}
	for _, e := range loadErrs {
		emit(&Outcome{ID: e.File, Pos: fmt.Sprintf("%s:%d", e.File, e.Line), Status: Fail, Problems: []string{e.Error()}})
	}
	broken := map[string]bool{} // the chapters with errors, by id
	for _, e := range loadErrs {
		broken[chapterID(e.File)] = true
	}
	var progs []*book.Program
	for _, p := range bk.Programs() {
		if opt.Run == nil || opt.Run.MatchString(p.ID()) {
			progs = append(progs, p)
		}
	}
	orphaned := orphans(opt, bk, broken)
	if opt.Run != nil && len(progs) == 0 && len(orphaned) == 0 {
		e := &NoMatchError{Pattern: opt.Run.String()}
		if all := bk.Programs(); len(all) > 0 {
			e.Example = all[0].ID()
		}
		return sum, e
	}
	for _, eng := range opt.Engines {
		if pb, ok := eng.Runner.(Prebuilder); ok {
			var reqs []engine.Request
			for _, p := range progs {
				reqs = append(reqs, request(opt, p))
			}
			if err := pb.Prebuild(reqs); err != nil {
				return sum, fmt.Errorf("preparing the %s engine: %w", eng.Name, err)
			}
		}
	}
	jobs := opt.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	outcomes := make([]chan *Outcome, len(progs))
	for i := range outcomes {
		outcomes[i] = make(chan *Outcome, 1)
	}
	// Programs start in book order, at most jobs at once; outcomes are
	// reported in book order as they come. Cancelled, Check returns only
	// once every started program has been stopped and its processes reaped.
	sem := make(chan struct{}, jobs)
	var running sync.WaitGroup
	running.Add(1) // the dispatcher, so that its Adds precede any Wait
	go func() {
		defer running.Done()
		for i, p := range progs {
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				for _, ch := range outcomes[i:] {
					close(ch)
				}
				return
			}
			running.Add(1)
			go func() {
				defer running.Done()
				defer func() { <-sem }()
				outcomes[i] <- checkProgram(ctx, opt, p)
			}()
		}
	}()
	for _, ch := range outcomes {
		o, ok := <-ch
		if !ok || ctx.Err() != nil {
			running.Wait()
			return sum, ctx.Err()
		}
		emit(o)
	}
	for _, o := range orphaned {
		emit(o)
	}
	return sum, nil
}

// NoMatchError is a -run pattern that selects no program and no
// transcript: most likely a typo, which must not pass as a check of nothing.
type NoMatchError struct {
	Pattern string
	// Example is the id of a program of the book, to show the form of ids.
	Example string
}

func (e *NoMatchError) Error() string {
	msg := fmt.Sprintf("no program matches -run %q", e.Pattern)
	if e.Example != "" {
		msg += fmt.Sprintf(" (a program's id is chapter/program, such as %s)", e.Example)
	}
	return msg
}

// NoBookError is a root folder without chapters/.
type NoBookError struct {
	Dir string // absolute
}

func (e *NoBookError) Error() string {
	return fmt.Sprintf("no chapters/ folder in %s, where the book was looked for", e.Dir)
}

// chapterID is the id of the chapter file chapters/NN-slug.md, read
// leniently (a misnamed chapter has one too).
func chapterID(file string) string {
	name := strings.TrimSuffix(filepath.Base(file), ".md")
	return strings.ToLower(strings.TrimLeft(name, "0123456789-_. "))
}

// checkProgram checks one program, opt.Count times or until it fails, or
// reports it from the result cache.
func checkProgram(ctx context.Context, opt Options, p *book.Program) *Outcome {
	var data []byte
	var readErr error
	tpath := p.TranscriptPath()
	if p.Runs() {
		data, readErr = readBounded(filepath.Join(opt.Root, tpath), transcript.MaxSize)
	}
	var key string
	cacheable := false
	if opt.Results != nil && (readErr == nil || errors.Is(readErr, os.ErrNotExist)) {
		key, cacheable = opt.Results.key(opt, p, data, readErr == nil)
		if cacheable {
			if o := opt.Results.get(key, p); o != nil {
				return o
			}
		}
	}
	var o *Outcome
	for range max(opt.Count, 1) {
		if o = checkOnce(ctx, opt, p, data, readErr); o.Status != Pass || ctx.Err() != nil {
			break
		}
	}
	if cacheable && o.Status == Pass && o.Updated == "" && ctx.Err() == nil {
		opt.Results.put(key, o)
	}
	return o
}

// checkOnce checks one program once; data and readErr are its transcript
// as read (a program that runs has one).
func checkOnce(ctx context.Context, opt Options, p *book.Program, data []byte, readErr error) *Outcome {
	o := &Outcome{ID: p.ID(), Pos: p.Pos(), Status: Pass, Program: p}
	start := time.Now()
	defer func() { o.Elapsed = time.Since(start) }()

	for _, problem := range gofmtProblems(p) {
		o.fail("%s", problem)
	}
	if !p.Runs() {
		compileOnly(ctx, opt, o, p)
		return o
	}
	tpath := p.TranscriptPath()
	var want *transcript.Transcript
	switch {
	case errors.Is(readErr, os.ErrNotExist):
	case readErr != nil:
		o.fail("%s: %v", tpath, readErr)
	default:
		var err error
		if want, err = transcript.Parse(tpath, data); err != nil {
			o.fail("%v", err)
		}
	}

	// Each engine's problems; reported once, untagged, when every engine
	// has the same, else tagged with the engine's name.
	perEngine := make([][]string, len(opt.Engines))
	ran := 0
	for i, eng := range opt.Engines {
		if p.Engine != "" && eng.Name != p.Engine {
			continue // engine= names another: see below
		}
		ran++
		res, err := eng.Runner.Run(ctx, request(opt, p))
		if o.Result == nil {
			o.Result = res
		}
		j := &Outcome{Status: Pass}
		judge(j, p, res, err, transcriptFile{path: tpath, data: data, parsed: want, exists: !errors.Is(readErr, os.ErrNotExist)}, opt.Root, opt.Update && i == 0)
		perEngine[i] = j.Problems
		o.Output = cmp.Or(o.Output, j.Output)
		o.Diff = cmp.Or(o.Diff, j.Diff)
		o.Updated = cmp.Or(o.Updated, j.Updated)
		o.Warnings = append(o.Warnings, j.Warnings...)
	}
	reportPerEngine(o, opt, perEngine)
	if ran == 0 && o.Status == Pass {
		o.Status = Skip
		o.Problems = append(o.Problems, fmt.Sprintf("%s: only the %s engine runs it (engine=%s)", p.Pos(), p.Engine, p.Engine))
	}
	return o
}

// reportPerEngine adds each engine's problems to o: once, untagged, when
// every engine has the same, else tagged with the engine's name.
func reportPerEngine(o *Outcome, opt Options, perEngine [][]string) {
	if len(perEngine) == 0 {
		return
	}
	same := true
	for _, ps := range perEngine[1:] {
		same = same && slices.Equal(ps, perEngine[0])
	}
	for i, ps := range perEngine {
		if same && i > 0 {
			break
		}
		for _, problem := range ps {
			if same {
				o.fail("%s", problem)
			} else {
				o.fail("[%s] %s", opt.Engines[i].Name, problem)
			}
		}
	}
}

// request is how p runs.
func request(opt Options, p *book.Program) engine.Request {
	return engine.Request{
		Filename:    p.Chapter.Path,
		Name:        p.Name,
		Source:      p.Source(),
		Clock:       engine.Clock(p.Clock),
		Limits:      engine.Limits{Timeout: cmp.Or(p.Timeout, opt.Timeout)},
		CompileOnly: !p.Runs(),
		Test:        p.Test,
	}
}

// compileOnly checks a program that is compiled but not run (an exercise's
// starter code): it must compile under every engine.
func compileOnly(ctx context.Context, opt Options, o *Outcome, p *book.Program) {
	perEngine := make([][]string, len(opt.Engines))
	for i, eng := range opt.Engines {
		j := &Outcome{Status: Pass}
		res, err := eng.Runner.Run(ctx, request(opt, p))
		switch {
		case err != nil:
			judgeError(j, p, err)
		case res.ExitCode != 0 || res.Limit != engine.WithinLimits:
			j.fail("%s: compiling the %s: %s", p.Pos(), p.Describe(), strings.ReplaceAll(strings.TrimSpace(res.Transcript()), "\n", "; "))
		}
		if i == 0 {
			o.Result = res
		}
		perEngine[i] = j.Problems
	}
	reportPerEngine(o, opt, perEngine)
}

// transcriptFile is a program's transcript as read.
type transcriptFile struct {
	path   string
	data   []byte
	parsed *transcript.Transcript // nil when missing or unreadable
	exists bool
}

// judge records what is wrong with one run of p; with update it writes the
// transcript.
func judge(o *Outcome, p *book.Program, res *engine.Result, err error, tf transcriptFile, root string, update bool) {
	if err != nil {
		judgeError(o, p, err)
		return
	}
	got := res.Transcript()
	if res.Limit != engine.WithinLimits {
		o.fail("%s: %s", p.Pos(), strings.TrimSpace(lastLine(got)))
	} else if res.ExitCode != p.Exit {
		o.fail("%s: exit status %d, want %d (a fence declares an expected failure with exit=N)", p.Pos(), res.ExitCode, p.Exit)
	}
	switch {
	case !tf.exists:
		o.Output = abridge(got)
		if update {
			writeTranscript(o, root, tf.path, transcript.FromOutput(got), got)
			return
		}
		o.fail("%s: no transcript; its output is below (write it with -update, then review it)", tf.path)
	case tf.parsed != nil:
		err := tf.parsed.Match(got)
		if err == nil {
			return
		}
		merged, notes := tf.parsed.Merge(got)
		o.Diff = unifiedDiff(tf.path, "output", string(tf.data), string(merged))
		if !update {
			o.fail("%v", err)
			return
		}
		o.Warnings = append(o.Warnings, notes...)
		writeTranscript(o, root, tf.path, merged, got)
	}
}

// writeTranscript writes a transcript for -update, then reads it back and
// matches it against the output it was written from: a transcript that
// fails right after -update wrote it is a failure, never an update.
func writeTranscript(o *Outcome, root, path string, text []byte, output string) {
	o.Updated = path
	full := filepath.Join(root, path)
	if err := atomicfile.WriteFile(full, text); err != nil {
		o.fail("%s: %v", path, err)
		return
	}
	data, err := readBounded(full, transcript.MaxSize)
	var t *transcript.Transcript
	if err == nil {
		t, err = transcript.Parse(path, data)
	}
	if err == nil {
		err = t.Match(output)
	}
	if err != nil {
		o.fail("%s: -update wrote a transcript that does not match the output it was written from: %v; review it", path, err)
	}
}

// judgeError records why p could not run: its compile errors, or what kept
// the engine from running it.
func judgeError(o *Outcome, p *book.Program, err error) {
	var ce *engine.CompileError
	if errors.As(err, &ce) {
		for _, line := range strings.Split(strings.TrimSpace(ce.Msg), "\n") {
			o.fail("%s", line)
		}
		return
	}
	o.fail("%s: %v", p.Pos(), err)
}

// orphans are the transcripts under expected/ that no program of the book
// has, among those the -run pattern selects. The transcripts of a chapter
// with errors are left out: its programs may be missing only because the
// chapter could not be read, and a good transcript must never be called an
// orphan to delete.
func orphans(opt Options, bk *book.Book, broken map[string]bool) []*Outcome {
	have := map[string]bool{}
	exercises := map[string]*book.Program{}
	for _, p := range bk.Programs() {
		if p.Runs() {
			have[p.TranscriptPath()] = true
		} else {
			exercises[p.TranscriptPath()] = p
		}
	}
	files, _ := filepath.Glob(filepath.Join(opt.Root, "expected", "*", "*"))
	sort.Strings(files)
	var out []*Outcome
	for _, f := range files {
		rel, _ := filepath.Rel(opt.Root, f)
		rel = filepath.ToSlash(rel)
		id := strings.TrimSuffix(strings.TrimPrefix(rel, "expected/"), ".txt")
		if have[rel] || strings.HasPrefix(filepath.Base(f), ".") || broken[filepath.Base(filepath.Dir(f))] || (opt.Run != nil && !opt.Run.MatchString(id)) {
			continue
		}
		problem := rel + ":1: transcript without a program (its program was renamed or removed? delete the file or rename it)"
		if ex := exercises[rel]; ex != nil {
			problem = fmt.Sprintf("%s:1: transcript of exercise %s (%s), which is compiled, never run: its solution has the transcript; delete this file", rel, ex.Name, ex.Pos())
		}
		out = append(out, &Outcome{ID: id, Pos: rel, Status: Fail, Problems: []string{problem}})
	}
	return out
}

func lastLine(s string) string {
	s = strings.TrimRight(s, "\n")
	return s[strings.LastIndexByte(s, '\n')+1:]
}

func sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }
