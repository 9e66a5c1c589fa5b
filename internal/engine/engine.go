package engine

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"syscall"
	"time"

	"github.com/concbook/concurrency/internal/runout"
)

// Kind names how an engine runs a program.
type Kind string

const (
	// Yaegi interprets the program in a worker process (runner/worker).
	Yaegi Kind = "yaegi"
	// Go compiles the program with the Go toolchain and runs the binary.
	Go Kind = "go"
)

// ParseKind accepts "yaegi" and "go".
func ParseKind(s string) (Kind, error) {
	switch Kind(s) {
	case Yaegi, Go:
		return Kind(s), nil
	}
	return "", fmt.Errorf("unknown engine %q (want yaegi or go)", s)
}

// Engine runs programs, each in a process of its own. It is safe for
// concurrent use; the caller bounds the parallelism.
type Engine struct {
	kind     Kind
	workers  workers
	builds   goBuilds
	prepared preparedCache
}

// New returns a yaegi engine whose worker binaries are built from the module
// at root and cached in cacheDir ("" for the user cache directory).
func New(root, cacheDir string) *Engine { return NewKind(Yaegi, root, cacheDir) }

// NewKind returns an engine of the given kind. A Go engine compiles programs
// against the module at root (its go.mod and go.sum) and caches the binaries
// in cacheDir.
func NewKind(kind Kind, root, cacheDir string) *Engine {
	if cacheDir == "" {
		cacheDir = DefaultCacheDir()
	}
	return &Engine{
		kind:     kind,
		workers:  workers{root: root, cache: cacheDir},
		builds:   goBuilds{root: root, cache: filepath.Join(cacheDir, "go-programs")},
		prepared: preparedCache{dir: filepath.Join(cacheDir, "prepared")},
	}
}

// SetLog has the engine report the builds that take long (its worker
// binaries) through logf, as they start and end.
func (e *Engine) SetLog(logf func(format string, args ...any)) { e.workers.log = logf }

// Kind is how the engine runs programs.
func (e *Engine) Kind() Kind { return e.kind }

// Identity names what the engine runs programs with, so that a cache of
// results can tell when they may differ: the runner binary itself (its
// type checker and lowering), and the yaegi worker's sources or the Go
// toolchain and the module's go.mod and go.sum.
func (e *Engine) Identity() (string, error) {
	var sum string
	var err error
	if e.kind == Yaegi {
		sum, err = e.workers.hash()
	} else {
		sum, err = SourceHash(e.workers.root, e.workers.cache)
	}
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%s %s %s", e.kind, ExecutableID(), sum), nil
}

// Request is one program to run.
type Request struct {
	// Filename names the source in messages; Source may carry //line
	// directives that map it to another file (a chapter's Markdown). The
	// program's run-time positions (panic frames, log's file names,
	// runtime.Caller) name it too: `go run` gives them absolute paths.
	Filename string
	Source   []byte
	// Name is the program's name, the base of its os.Args[0] (go run
	// names the binary after the file); default: Filename's base without
	// ".go".
	Name   string
	Clock  Clock
	Limits Limits
	Args   []string
	// Stdin is the program's standard input: nil for none (a read gets
	// end of input at once). An *os.File is handed to the program as it
	// is; another reader is copied to it through a pipe.
	Stdin io.Reader
	// Dir is the program's working directory: "" for a fresh temporary
	// directory, removed after the run (the sandbox of `runner check`).
	Dir string
	// CompileOnly compiles the program without running it (an exercise's
	// starter code): the Go engine builds its binary, the yaegi worker
	// compiles it and exits. The result has no output and exit status 0.
	CompileOnly bool
	// Test runs the program as a test: Source is a test file of package
	// main, built as `go test -c` builds it and run as its binary runs
	// with -test.v (the yaegi worker runs its Test functions through the
	// testing package alike).
	Test bool
	// Trace asks a Go engine for the program's execution trace on the
	// virtual clock (trace.go), in Result.Trace. TraceStop, if not zero, is
	// the virtual time at which the trace stops if the program has not
	// returned from main or called os.Exit by then: the end of an untraced
	// run of a program that deadlocks or crashes.
	Trace     bool
	TraceStop time.Duration
}

// Run runs one program and returns its result. The error is a
// *CompileError when the program does not compile (or starts processes
// and asks for the virtual clock: processes.go), and another error when
// the program could not be run at all. When ctx is done, the program is
// killed and Run returns ctx's error.
//
// The program sees what `go run` gives a program: the runner's
// environment with nothing added but, in a temporary directory, PWD;
// os.Args[0] is a path in a directory of its own named like the go
// command's build directories, /tmp/go-buildNNN/b001/exe/NAME (for a test,
// /tmp/go-buildNNN/b001/main.test), which runs the program again when
// started. Every setting of the worker is one of its flags, which the
// program never sees.
func (e *Engine) Run(ctx context.Context, req Request) (*Result, error) {
	if req.Clock == "" {
		req.Clock = ClockVirtual
	}
	if err := refuseVirtualProcesses(req); err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "concbook-run-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	work := req.Dir
	r := &run{req: req, limits: req.Limits.withDefaults()}
	r.env = os.Environ()
	if work == "" {
		work = filepath.Join(dir, "work")
		if err := os.Mkdir(work, 0o755); err != nil {
			return nil, err
		}
		r.env = append(r.env, "PWD="+work)
	}
	r.work = work
	if req.Trace && e.kind != Go {
		return nil, fmt.Errorf("%w: only the go engine traces programs", ErrNotTraceable)
	}
	switch e.kind {
	case Go:
		bin, err := e.builds.binary(req)
		if err != nil {
			return nil, err
		}
		if req.CompileOnly {
			return &Result{Limits: r.limits}, nil
		}
		exe, cleanup, err := newExe(req, func(exe string) error { return os.Symlink(bin, exe) })
		if err != nil {
			return nil, err
		}
		defer cleanup()
		r.path = bin
		r.argv = append([]string{exe}, req.Args...)
		if req.Test {
			r.argv = append([]string{exe}, testFlags...)
		}
		if req.Trace {
			r.trace = filepath.Join(dir, "trace.out")
			r.env = append(r.env, traceEnv+"="+r.trace)
			if req.TraceStop > 0 {
				r.env = append(r.env, traceStopEnv+"="+traceStopValue(req.TraceStop))
			}
		}
	default:
		// The program is type-checked and lowered (prepare.go) while
		// the worker is found and started; the worker waits on its
		// start pipe (fd 4) for the lowered program's file: its own
		// start, most of a small program's run, overlaps the preparing.
		type prepared struct {
			src []byte
			err error
		}
		ready := make(chan prepared, 1)
		go func() {
			src, err := e.prepared.prepare(req)
			ready <- prepared{src, err}
		}()
		worker, err := e.workers.path(req.Clock)
		if err != nil {
			return nil, err
		}
		prog := filepath.Join(dir, "main.go")
		r.prepare = func() error {
			p := <-ready
			if p.err != nil {
				return p.err
			}
			return os.WriteFile(prog, p.src, 0o644)
		}
		var flags []string
		if req.Test {
			flags = append(flags, "-test")
		}
		exe, cleanup, err := newExe(req, func(exe string) error { return writeWorkerScript(exe, worker, prog, flags) })
		if err != nil {
			return nil, err
		}
		defer cleanup()
		if req.CompileOnly {
			flags = append(flags, "-compile-only")
		}
		r.path = worker
		if req.Clock == ClockVirtual {
			r.env = withVirtualGC(r.env)
		}
		r.argv = append(append([]string{exe, "-status-fd=3", "-start-fd=4", "-program=" + prog}, flags...), "--")
		r.argv = append(r.argv, req.Args...)
		r.status = true
	}
	return r.do(ctx)
}

// testFlags are the flags a test binary runs with: go test -v's, without
// the timeout and the exit-0 check that go test adds (the runner has its
// own limits). runner/worker/testmode.go gives the testing package the
// same.
var testFlags = []string{"-test.v=true"}

// run is the state of one run.
type run struct {
	req    Request
	limits Limits
	path   string   // the program's binary (the worker for yaegi)
	argv   []string // the program's arguments, argv[0] its name
	env    []string
	status bool // whether the process has the worker's status channel
	// prepare, if set, makes the program the worker runs, which waits
	// for it on its start pipe; an error (a *CompileError) kills it.
	prepare func() error
	work    string
	trace   string // the file a traced program writes its trace to

	mu           sync.Mutex
	limit        Limit
	pgid         int
	writes       []Write
	kept         int64
	compileError string
	start        time.Time
}

func (r *run) do(ctx context.Context) (*Result, error) {
	out, outW, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	defer out.Close()
	status, statusW, err := os.Pipe()
	if err != nil {
		outW.Close()
		return nil, err
	}
	defer status.Close()

	var start, startW *os.File
	if r.prepare != nil {
		if start, startW, err = os.Pipe(); err != nil {
			outW.Close()
			statusW.Close()
			return nil, err
		}
		defer startW.Close()
	}
	cmd := &exec.Cmd{Path: r.path, Args: r.argv, Dir: r.work}
	stdinW, err := r.stdin(cmd)
	if err != nil {
		outW.Close()
		statusW.Close()
		if start != nil {
			start.Close()
		}
		return nil, err
	}
	cmd.Stdout, cmd.Stderr = outW, outW
	if r.status {
		cmd.ExtraFiles = []*os.File{statusW}
	}
	if start != nil {
		cmd.ExtraFiles = append(cmd.ExtraFiles, start)
	}
	cmd.Env = r.env
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	becomeSubreaper()
	activeMu.Lock() // no orphan reaping between the start and started
	r.mu.Lock()
	r.start = time.Now()
	r.mu.Unlock()
	err = cmd.Start()
	if err == nil {
		active[cmd.Process.Pid] = true
	}
	activeMu.Unlock()
	outW.Close()
	statusW.Close()
	if start != nil {
		start.Close()
	}
	if cmd.Stdin != nil && stdinW != nil {
		cmd.Stdin.(*os.File).Close()
	}
	if err != nil {
		if stdinW != nil {
			stdinW.Close()
		}
		return nil, fmt.Errorf("starting the worker: %w", err)
	}
	r.pgid = cmd.Process.Pid
	var prepared chan error
	if r.prepare != nil {
		// Preparing is under the run's time limit, as running is: a
		// program that sends the type checker into a loop times out.
		prepared = make(chan error, 1)
		go func() {
			err := r.prepare()
			if err != nil {
				killGroup(r.pgid)
			} else {
				r.mu.Lock()
				r.start = time.Now() // the program's time starts now
				r.mu.Unlock()
			}
			startW.Close()
			prepared <- err
		}()
	}

	var readers sync.WaitGroup
	readers.Add(2)
	go func() { defer readers.Done(); r.readOutput(out) }()
	go func() { defer readers.Done(); r.readStatus(status) }()

	exited := make(chan struct{})
	go r.watch(ctx, cmd.Process.Pid, exited)
	waitErr := cmd.Wait()
	close(exited)
	if stdinW != nil {
		stdinW.Close() // the copy of a reader that has more stops at its next write
	}
	elapsed := time.Since(r.startTime())
	// The program has ended: so must everything it started. Then the pipes
	// reach end of file.
	reap(r.pgid)
	finished(cmd.Process.Pid)
	readersDone := make(chan struct{})
	go func() { readers.Wait(); close(readersDone) }()
	select {
	case <-readersDone:
	case <-time.After(2 * time.Second):
		out.Close()
		status.Close()
		<-readersDone
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if prepared != nil && r.limit != TimedOut {
		if err := <-prepared; err != nil {
			return nil, err
		}
	}
	if r.compileError != "" {
		return nil, &CompileError{Msg: interpreterError(r.compileError, r.req.Source)}
	}
	res := &Result{Limit: r.limit, Limits: r.limits, Elapsed: elapsed, ExitCode: cmd.ProcessState.ExitCode()}
	var ee *exec.ExitError
	if errors.As(waitErr, &ee) {
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() && r.limit == WithinLimits {
			res.Signal = ws.Signal().String()
		}
	} else if waitErr != nil {
		return nil, waitErr
	}
	res.Writes = cleanWrites(r.writes, r.req.Filename)
	if r.trace != "" {
		res.Trace, _ = os.ReadFile(r.trace) // none: the program ended before its trace did
	}
	if r.req.Clock == ClockVirtual && len(res.Writes) > 0 {
		res.Virtual = res.Writes[len(res.Writes)-1].At
	}
	return res, nil
}

// watch kills the program when it goes past its time or memory limit, or
// when ctx is done, until exited is closed.
func (r *run) watch(ctx context.Context, pid int, exited <-chan struct{}) {
	timeout := time.NewTimer(r.limits.Timeout)
	defer timeout.Stop()
	poll := time.NewTicker(20 * time.Millisecond)
	defer poll.Stop()
	for {
		select {
		case <-exited:
			return
		case <-ctx.Done():
			r.stop(WithinLimits)
			return
		case <-timeout.C:
			r.stop(TimedOut)
			return
		case <-poll.C:
			if treeRSS(pid) > r.limits.Memory {
				r.stop(OutOfMemory)
				return
			}
		}
	}
}

// stop records why the program is stopped and kills it.
func (r *run) stop(l Limit) {
	r.mu.Lock()
	if r.limit == WithinLimits {
		r.limit = l
	}
	r.mu.Unlock()
	reap(r.pgid)
}

// startTime is when the program started: when its process did, or, for a
// worker that waited for its program, when the program was ready.
func (r *run) startTime() time.Time {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.start
}

// readOutput decodes the output pipe into writes, up to the output limit.
func (r *run) readOutput(out io.Reader) {
	var dec frameDecoder
	buf := make([]byte, 64<<10)
	for {
		n, err := out.Read(buf)
		if n > 0 {
			var ws []Write
			if r.req.Clock == ClockVirtual {
				ws = dec.feed(buf[:n])
			} else {
				ws = []Write{{At: time.Since(r.startTime()), Data: clone(buf[:n])}}
			}
			r.keep(ws)
		}
		if err != nil {
			break
		}
	}
	if r.req.Clock == ClockVirtual {
		r.keep(dec.flush())
	}
}

// keep appends writes until the output limit, then stops the program.
func (r *run) keep(ws []Write) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, w := range ws {
		if r.limit == OutputCapped {
			return
		}
		room := r.limits.Output - r.kept
		if int64(len(w.Data)) > room {
			w.Data = w.Data[:room]
			r.limit = OutputCapped
			go reap(r.pgid)
		}
		r.kept += int64(len(w.Data))
		if len(w.Data) > 0 {
			r.writes = append(r.writes, w)
		}
	}
}

// readStatus reads the worker's status channel.
func (r *run) readStatus(status io.Reader) {
	sc := bufio.NewScanner(status)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var m struct{ Kind, Text string }
		if json.Unmarshal(sc.Bytes(), &m) == nil && m.Kind == "compile" {
			r.mu.Lock()
			r.compileError = m.Text
			r.mu.Unlock()
		}
	}
}

// cleanWrites replaces the runtime traceback at the end of the output, if
// there is one, by its cleaned form, which keeps the frames in the
// program's file (internal/runout).
func cleanWrites(ws []Write, file string) []Write {
	var all []byte
	for _, w := range ws {
		all = append(all, w.Data...)
	}
	start, tb := runout.CleanTraceback(all, file)
	if start == len(all) {
		return ws
	}
	var out []Write
	off := 0
	for _, w := range ws {
		end := off + len(w.Data)
		switch {
		case end <= start:
			out = append(out, w)
		case off < start:
			out = append(out, Write{At: w.At, Data: w.Data[:start-off]})
			out = append(out, Write{At: w.At, Data: tb})
			tb = nil
		case tb != nil:
			out = append(out, Write{At: w.At, Data: tb})
			tb = nil
		}
		off = end
	}
	return out
}

func randomToken() string {
	b := make([]byte, 12)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// Prebuild prepares what the requests need before they run: a Go engine
// compiles their binaries in as few go commands as it can; a yaegi engine
// builds its worker binaries.
func (e *Engine) Prebuild(reqs []Request) error {
	if e.kind == Go {
		return e.builds.prebuild(reqs)
	}
	return e.workers.all()
}
