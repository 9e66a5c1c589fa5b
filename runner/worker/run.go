package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"reflect"
	"runtime"

	"github.com/traefik/yaegi/interp"

	"github.com/concbook/concurrency/runner/worker/symbols"
)

// programEnv names the environment variable that holds the program's path.
const programEnv = "CONCBOOK_PROGRAM"

// compileOnlyEnv, set, has the worker compile the program and exit without
// running it (an exercise's starter code).
const compileOnlyEnv = "CONCBOOK_COMPILE_ONLY"

// run interprets the program and returns the exit status of the worker.
func run(args []string) int {
	st, args := openStatus(args)
	// The program's flag.Parse is the worker's flag package, which reads
	// the process's os.Args: they must be the program's arguments, not the
	// worker's -status-fd.
	os.Args = append([]string{os.Args[0]}, args...)
	path := os.Getenv(programEnv)
	if path == "" {
		fmt.Fprintf(os.Stderr, "worker: %s is not set\n", programEnv)
		return 1
	}
	src, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintf(os.Stderr, "worker: %v\n", err)
		return 1
	}
	in, err := newInterpreter(args, src)
	if err != nil {
		fmt.Fprintf(os.Stderr, "worker: %v\n", err)
		return 1
	}
	return in.run(src, st)
}

// interpreter is a yaegi interpreter with the worker's packages, ready for
// a program.
type interpreter struct {
	i     *interp.Interpreter
	crash *crasher
}

// newInterpreter makes an interpreter for the program src with the
// arguments args, knowing the packages src imports (imports.go).
func newInterpreter(args []string, src []byte) (*interpreter, error) {
	frames := newFrameRecorder(os.Stderr)
	crash := &crasher{frames: frames}
	i := interp.New(interp.Options{
		Stdout:       os.Stdout,
		Stderr:       frames,
		Args:         append([]string{os.Args[0]}, args...),
		Unrestricted: true,
	})
	pkgs, ok := usedPackages(src)
	for _, syms := range append(platformSymbols(), symbols.Symbols, logSymbols, runtimeSymbols(crash)) {
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
	prog, err := compile(i, string(src))
	if err != nil {
		st.send(statusCompile, err.Error())
		return 1
	}
	if os.Getenv(compileOnlyEnv) != "" {
		return 0
	}
	if os.Getenv(testEnv) != "" {
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
func runtimeSymbols(c *crasher) interp.Exports {
	syms := map[string]reflect.Value{
		"Crash": reflect.ValueOf(c.Crash),
	}
	// Go 1.26 fidelity: the helpers of the lowering rules (rtexports.go).
	for name, f := range rtExports(c) {
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
