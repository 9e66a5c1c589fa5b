package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"reflect"
	"runtime"

	"github.com/traefik/yaegi/interp"

	"github.com/concbook/concurrency/runner/worker/symbols"
)

// run interprets the program and returns the exit status of the worker.
func run(args []string) int {
	opt, err := parseFlags(args)
	if err != nil {
		fmt.Fprintf(os.Stderr, "worker: %v\n", err)
		return 2
	}
	src, err := os.ReadFile(opt.program)
	if err != nil {
		fmt.Fprintf(os.Stderr, "worker: %v\n", err)
		return 1
	}
	in, err := newInterpreter(append([]string{opt.argv0}, opt.args...), src)
	if err != nil {
		fmt.Fprintf(os.Stderr, "worker: %v\n", err)
		return 1
	}
	in.compileOnly, in.test = opt.compileOnly, opt.test
	return in.run(src, opt.status)
}

// options are the worker's flags (doc.go).
type options struct {
	status      *status
	program     string
	argv0       string
	test        bool
	compileOnly bool
	args        []string // the program's
}

// parseFlags reads the worker's flags, up to "--"; what follows is the
// program's arguments. os.Args[0] is the program's too, unless -argv0 says
// otherwise.
func parseFlags(args []string) (options, error) {
	fs := flag.NewFlagSet("worker", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fd := fs.Int("status-fd", -1, "the status channel's file descriptor")
	program := fs.String("program", "", "the lowered program to run")
	start := fs.Int("start-fd", -1, "a pipe to wait on, until its end of file, before reading the program")
	argv0 := fs.String("argv0", os.Args[0], "the program's os.Args[0]")
	test := fs.Bool("test", false, "run the program's tests")
	compileOnly := fs.Bool("compile-only", false, "compile the program, do not run it")
	if err := fs.Parse(args); err != nil {
		return options{}, err
	}
	if *program == "" {
		return options{}, errors.New("no -program to run")
	}
	st := &status{}
	if *fd >= 0 {
		st.f = os.NewFile(uintptr(*fd), "status")
	}
	if *start >= 0 {
		awaitStart(os.NewFile(uintptr(*start), "start"))
	}
	return options{status: st, program: *program, argv0: *argv0, test: *test, compileOnly: *compileOnly, args: fs.Args()}, nil
}

// awaitStart blocks until the engine closes the start pipe. The engine
// starts the worker before the program is ready, so that the worker's own
// start overlaps type-checking and lowering; closing the pipe says the
// program's file is written (a compile error kills the worker instead).
func awaitStart(f *os.File) {
	io.Copy(io.Discard, f)
	f.Close()
}

// interpreter is a yaegi interpreter with the worker's packages, ready for
// a program.
type interpreter struct {
	i           *interp.Interpreter
	crash       *crasher
	compileOnly bool // compile the program, do not run it
	test        bool // run the program's tests instead of main
}

// newInterpreter makes an interpreter for a program src run as argv (its
// os.Args), knowing the packages src imports (imports.go). The program
// gets a flag.CommandLine of its own, as a compiled program has: the
// worker's has flags that code linked into the worker registered
// (testing/quick's -quickchecks), which `go run` would not show.
func newInterpreter(argv []string, src []byte) (*interpreter, error) {
	os.Args = argv
	flag.CommandLine = flag.NewFlagSet(argv[0], flag.ExitOnError)
	flag.CommandLine.Usage = func() { flag.Usage() } // as the flag package sets its own
	frames := newFrameRecorder()
	crash := newCrasher(frames)
	i := interp.New(interp.Options{
		Stdout:       os.Stdout,
		Stderr:       os.Stderr,
		Args:         argv,
		Unrestricted: true,
		PanicFrames:  frames.report,
		PanicLinks:   frames.link,
		// Only a program that takes goroutine stacks pays for their
		// records (stacks.go).
		GoroutineStacks: usesStacks(src),
	})
	pkgs, ok := usedPackages(src)
	var keep func(string) bool // the standard packages' tables to build (nil: all)
	if ok {
		keep = keepPackages(pkgs)
	}
	st := &stacker{in: i, names: frames.names, crash: crash}
	for _, syms := range append(platformSymbols(keep), symbols.Symbols, logSymbols, runtimeSymbols(crash, st)) {
		if ok {
			syms = onlyPackages(syms, pkgs)
		}
		if err := i.Use(syms); err != nil {
			return nil, err
		}
	}
	return &interpreter{i: i, crash: crash}, nil
}

// run runs the lowered program src and returns its exit status; a compile
// error goes to the status channel.
func (in *interpreter) run(src []byte, st *status) int {
	i, crash := in.i, in.crash
	crash.frames.readNames(src)
	prog, err := compile(i, string(src))
	if err != nil {
		st.send(statusCompile, err.Error())
		return 1
	}
	if in.compileOnly {
		return 0
	}
	if in.test {
		return runTests(i, prog, src)
	}
	if _, err := i.Execute(prog); err != nil {
		if p, ok := err.(interp.Panic); ok {
			crash.Crash(p.Value)
		}
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	awaitPanics()
	return 0
}

// awaitPanics lets a goroutine that is panicking when main returns crash
// the program, as it does in compiled Go: there the panicking goroutine
// runs its deferred calls (a wg.Done that lets main return, say) and
// prints the panic before main gets to exit; here the interpreter takes
// long enough that main won. The goroutines' stacks tell which panic.
func awaitPanics() {
	buf := make([]byte, 1<<18)
	for range 1000 {
		n := runtime.Stack(buf, true)
		if !bytes.Contains(buf[:n], []byte("\npanic(")) {
			return
		}
		runtime.Gosched()
	}
}

// compile compiles src, turning a panic of yaegi's compiler (it has some on
// constructs it does not know) into an error.
func compile(i *interp.Interpreter, src string) (prog *interp.Program, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("interpreter failed to compile the program: %v", r)
		}
	}()
	return i.Compile(src)
}

// logSymbols give the program the log package's standard logger. yaegi
// replaces the package-level functions by methods of a logger of its own,
// and unrestricted.Symbols puts the real log.Fatal, Fatalf and Fatalln back
// (they must exit), so that a program's log.SetFlags and log.SetPrefix
// reached every function but those three: log.Fatalf printed the date.
// All of them are the standard logger's again, which writes to standard
// error as yaegi's did; log.Default() is that logger too.
var logSymbols = interp.Exports{"log/log": {
	"Fatal":     reflect.ValueOf(log.Fatal),
	"Fatalf":    reflect.ValueOf(log.Fatalf),
	"Fatalln":   reflect.ValueOf(log.Fatalln),
	"Flags":     reflect.ValueOf(log.Flags),
	"Output":    reflect.ValueOf(log.Output),
	"Panic":     reflect.ValueOf(log.Panic),
	"Panicf":    reflect.ValueOf(log.Panicf),
	"Panicln":   reflect.ValueOf(log.Panicln),
	"Prefix":    reflect.ValueOf(log.Prefix),
	"Print":     reflect.ValueOf(log.Print),
	"Printf":    reflect.ValueOf(log.Printf),
	"Println":   reflect.ValueOf(log.Println),
	"SetFlags":  reflect.ValueOf(log.SetFlags),
	"SetOutput": reflect.ValueOf(log.SetOutput),
	"SetPrefix": reflect.ValueOf(log.SetPrefix),
	"Writer":    reflect.ValueOf(log.Writer),
}}

// runtimeSymbols is the package "concbook/rt" that lowered programs import
// as __rt: the worker's side of what internal/lower inserts.
func runtimeSymbols(c *crasher, st *stacker) interp.Exports {
	syms := map[string]reflect.Value{
		"Crash": reflect.ValueOf(c.Crash),
		// The tables of reflectmethods.go.
		"MethodEntry": reflect.ValueOf((*MethodEntry)(nil)),
		"MethodTable": reflect.ValueOf((*MethodTable)(nil)),
		// The tables of decodeerrors.go.
		"DecodeStruct": reflect.ValueOf((*DecodeStruct)(nil)),
		"DecodeTypes":  reflect.ValueOf((*DecodeTypes)(nil)),
	}
	// Go 1.26 fidelity: the helpers of the lowering rules (rtexports.go).
	for name, f := range rtExports(c, st) {
		syms[name] = reflect.ValueOf(f)
	}
	for name, f := range fmtExports() {
		syms[name] = reflect.ValueOf(f)
	}
	for name, v := range testExports() {
		syms[name] = v
	}
	return interp.Exports{"concbook/rt/rt": syms}
}
