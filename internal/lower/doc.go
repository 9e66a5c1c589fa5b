// Package lower rewrites a Go 1.26 program into the Go that yaegi v0.16.1
// runs with the same meaning, or refuses it with an *Error that says
// "unsupported", names the construct and a faithful way to write it.
// Program first type-checks the program as the Go 1.26 compiler does
// (internal/typecheck); the rules use its types.
//
// # Where a fix belongs
//
// A program that yaegi runs wrongly because of a bug in yaegi's own value
// model (a receive stored in the wrong place, a tuple assignment that
// stores before it evaluates, a range that ignores existing variables) is
// fixed in yaegi, in the patched copy at third_party/yaegi: one small
// commit per patch, each with a program under runner/testdata/corpus that
// is checked against the Go toolchain, each listed in
// third_party/yaegi/PATCHES.md and fit to send upstream. A rewrite here
// would special-case every program that meets the bug instead of fixing
// the mechanism once, and Go's own test suite (make gotests) found that
// such bugs are the larger part of what the runner got wrong. This package
// keeps what Go 1.22-1.26 added and yaegi v0.16.1 does not know, and what
// only the type checker can see (the program's types for fmt, panics and
// equality).
//
// Rewrites are edits at positions of the parsed program that never add or
// remove a line break, so every line keeps its number and what the program
// reports about its own lines (panics, runtime.Caller) stays true. Helpers
// the rules need are appended after the last line; imports they need go on
// the package clause's line. Each rule lives in a file of its own:
//
//   - instances.go: where a rule refuses something in the body of a
//     generic function (case T, x.(T), an interface compared with a T, an
//     instance of a generic type as its type argument), the function gets
//     one non-generic copy per instance, appended behind //line
//     directives, and the program is checked and lowered again.
//   - hoist.go: types declared in functions move to the top level, where
//     the helpers can name them.
//   - genericalias.go: generic type aliases (Go 1.24) written out.
//   - selfref.go: refuses a type that contains itself through a map, an
//     array, an unnamed struct or another named type (type M
//     map[string]M), and generic types that hold each other, which yaegi
//     cannot build.
//   - generics.go: generic code instantiated with a generic type's
//     instance, which yaegi cannot run, is refused.
//   - crash.go: a panic that reaches the top of main or of a goroutine is
//     handed to the worker's __rt, which prints it as the Go runtime does,
//     with the goroutine numbered as in compiled Go.
//   - rangeint.go: range over an integer (Go 1.22).
//   - rangechan.go: range over a channel as plain receives (yaegi selects,
//     and deadlocks in the wrong state), range over a slice of channels by
//     index (yaegi panics).
//   - forcond.go: a loop with an init statement and no condition gets the
//     condition true (yaegi runs its init again at every iteration).
//   - loopvar.go: per-iteration loop variables (Go 1.22) where a closure, a
//     deferred call or an address captures them.
//   - goloopvars.go: a goroutine's literal gets the loop variables it uses
//     as arguments (yaegi copies the frame it captures late, now and then).
//   - compiledfunc.go: function literals passed to compiled code (wg.Go,
//     errgroup, time.AfterFunc, ...) get a frame of their own (yaegi issue
//     1634), and those run in new goroutines get the crash handler.
//   - selectbranch.go: break and continue in select cases.
//   - minmax.go, clear.go, newexpr.go: the builtins min, max, clear and
//     new(expr) (Go 1.21, 1.26).
//   - mapkeys.go: refuses a map literal keyed by an interface with keys of
//     the program's types, which no lookup would find, and keys of two
//     types the interpreter stores alike (type ID int and int), which
//     would be one key.
//   - namedptr.go: refuses a value of a defined pointer type (type PS *T)
//     put in an interface, where yaegi would hold a *T.
//   - print.go: print and println to standard error, runtime formatting.
//   - gostmt.go: go f(x) keeps evaluating f and x in the caller and gets the
//     crash handler.
//   - deferargs.go: a deferred call's arguments are evaluated by the defer
//     statement (yaegi read them when the call ran).
//   - methods.go: method values copy their receiver, method expressions
//     call the method.
//   - panics.go: panic values and recover() as Go gives them.
//   - convs.go: conversions to error and to the program's interfaces that
//     yaegi gets wrong go through helpers; so do composite literals next to
//     calls in a :=.
//   - errors.go: errors.Is, As, AsType and Unwrap over the program's own
//     error types; errors.AsType over the standard library's.
//   - dyn.go: the dynamic type of an interface value (yaegi loses it),
//     numbering the program's named types and the instances of its generic
//     types, for typeswitch.go (type switches and assertions), equality.go
//     (==, != and switch on interface values), errors.go and fmtcalls.go.
//   - fmtcalls.go, describe.go, reflectname.go: fmt's and log's printing
//     of the program's values (%T, %+v, %#v, String methods inside other
//     values), through the worker's copy of fmt (runner/worker/fmtcopy).
//   - bounds.go: index and slice bounds checked with the runtime's panic.
//   - ctxkeys.go: context keys of the program's types keep their type.
//   - shims.go, shims_templates.go, shims_slices.go: iter, and the
//     functions of slices, maps, cmp, strings, bytes, sync and sync/atomic
//     that yaegi lacks or cannot instantiate.
//   - rangefunc.go: range over a function (Go 1.23).
//   - instantiate.go: type arguments yaegi cannot infer.
//   - closures.go: closures made in a function that defers calls get a
//     frame of their own (yaegi deadlocked calling them from a deferred
//     call).
//   - logcalls.go: log's and *log.Logger's printing calls get the position
//     of their call, for Lshortfile and Llongfile.
//   - refuse.go: packages the runner cannot give a program, and
//     //go:embed.
//   - deepequal.go: reflect.DeepEqual of values that can hold interfaces
//     compares what the interpreter's wrappers hold.
//   - reflectmethods.go: reflect's Method, MethodByName and NumMethod on
//     the program's types (which the interpreter builds without methods)
//     answered from tables of their method sets, where the lowering can
//     follow the receiver to its type; refused where it cannot.
//   - encodermethods.go: refuses a type with a MarshalJSON (or similar)
//     method as a field or element of another type, which encoders
//     would encode without calling it.
//   - decodeerrors.go: encoding/json's decoding errors get the names of
//     the program's struct types back (Go struct field Opt.count).
//   - testcalls.go: in a test program (TestProgram), t.Log, t.Errorf and
//     the others get the position of their call.
//
// Run `go run ./internal/lower/cmd/lower prog.go` to see a lowered program.
// The corpus test (corpus_test.go, skipped under -short) runs every program
// of runner/testdata/corpus and compares its transcript with Go's.
package lower
