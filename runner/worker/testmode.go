package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/traefik/yaegi/interp"
)

// testFlags are the flags the engine gives a test binary (internal/engine's
// testFlags); the worker's testing package parses them too, so both
// engines print alike.
var testFlags = []string{"-test.v=true"}

// runTests runs the Test functions of a compiled test program, in the
// order of the source, through the testing package as a test binary's
// generated main does, and exits with their status (0 when every test
// passed, 1 otherwise); it returns only when it could not run them.
func runTests(i *interp.Interpreter, prog *interp.Program, src []byte) int {
	names, err := testNames(src)
	if err != nil {
		fmt.Fprintf(os.Stderr, "worker: %v\n", err)
		return 1
	}
	// The inits, as the test binary runs them before the tests; the
	// lowering renamed a main, which go test never runs.
	if _, err := i.Execute(prog); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	syms := i.Symbols("main")["main"]
	var tests []testing.InternalTest
	for _, name := range names {
		v, ok := syms[name]
		if !ok {
			fmt.Fprintf(os.Stderr, "worker: test %s not found\n", name)
			return 1
		}
		f, ok := v.Interface().(func(*testing.T))
		if !ok {
			fmt.Fprintf(os.Stderr, "worker: %s is a %s, not a func(*testing.T)\n", name, v.Type())
			return 1
		}
		tests = append(tests, testing.InternalTest{Name: name, F: f})
	}
	os.Args = append([]string{os.Args[0]}, testFlags...)
	testing.Init()
	// testing.Main is MainStart with the deps of a binary that only
	// matches names (no profiles, fuzzing or coverage, which the runner
	// never asks for); it exits with the tests' status.
	testing.Main(regexp.MatchString, tests, nil, nil)
	return 0
}

// testNames are the program's Test functions in the order of the source,
// the order go test runs them in.
func testNames(src []byte) ([]string, error) {
	f, err := parser.ParseFile(token.NewFileSet(), "main.go", src, parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if ok && fd.Recv == nil && isTestName(fd.Name.Name) {
			names = append(names, fd.Name.Name)
		}
	}
	return names, nil
}

// isTestName reports whether name is Test followed by nothing or by a
// character that is not a lower-case letter.
func isTestName(name string) bool {
	rest, ok := strings.CutPrefix(name, "Test")
	return ok && (rest == "" || rest[0] < 'a' || rest[0] > 'z')
}

// testExports are the helpers of internal/lower's testcalls.go: t.Log,
// t.Errorf and the others with the position of their call, which the
// testing package cannot find in an interpreted program.
func testExports() map[string]reflect.Value {
	return map[string]reflect.Value{
		"TestPrint":  reflect.ValueOf(testPrint),
		"TestPrintf": reflect.ValueOf(testPrintf),
	}
}

// testPrint is t.METHOD(args...) called at where.
func testPrint(t testing.TB, where, method string) func(...any) {
	return func(args ...any) { testReport(t, where, method, fmt.Sprintln(args...)) }
}

// testPrintf is t.METHOD(format, args...) called at where.
func testPrintf(t testing.TB, where, method string) func(string, ...any) {
	return func(format string, args ...any) { testReport(t, where, method, fmt.Sprintf(format, args...)) }
}

// testReport writes the message as the testing package's log does, "file:line:
// " and the message, its later lines indented, to the test's output, then
// does what the method does after logging.
func testReport(t testing.TB, where, method, msg string) {
	msg = strings.ReplaceAll(strings.TrimSuffix(msg, "\n"), "\n", "\n    ")
	fmt.Fprintf(t.Output(), "%s: %s\n", where, msg)
	switch strings.TrimSuffix(method, "f") {
	case "Error":
		t.Fail()
	case "Fatal":
		t.FailNow()
	case "Skip":
		t.SkipNow()
	}
}
