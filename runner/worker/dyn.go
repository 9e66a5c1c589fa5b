package main

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"github.com/concbook/concurrency/runner/worker/fmtcopy"
)

// The worker's side of the lowering's dynamic types (internal/lower/dyn.go)
// and of its printing (internal/lower/fmtcalls.go, fmtcopy).

// Compiled reports whether v is a value of a compiled type, not one of the
// interpreted program (yaegi's wrappers and bare values are unnamed or
// yaegi's own).
func Compiled(v any) bool {
	t := reflect.TypeOf(v)
	if t == nil {
		return false
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.Name() != "" && t.PkgPath() != "" && !strings.Contains(t.PkgPath(), "yaegi")
}

// IsPointer reports whether v, or the value yaegi wrapped in v, is a
// pointer.
func IsPointer(v any) bool {
	rv := unwrapInterfaceWrappers(reflect.ValueOf(v))
	return rv.IsValid() && rv.Kind() == reflect.Pointer
}

// unwrapInterfaceWrappers returns the value inside yaegi's wrappers of an
// interface of another package (a struct whose first field, IValue, holds
// the program's value: what a value of the program becomes as an
// io.Reader), or rv.
func unwrapInterfaceWrappers(rv reflect.Value) reflect.Value {
	for rv.IsValid() && rv.Kind() == reflect.Struct && rv.NumField() > 0 && rv.Type().Field(0).Name == "IValue" && strings.Contains(rv.Type().PkgPath(), "yaegi") {
		rv = rv.Field(0)
		for rv.Kind() == reflect.Interface && !rv.IsNil() {
			rv = rv.Elem()
		}
	}
	return rv
}

// AsError is v.(error), asked of the compiled value: a wrapper of yaegi's
// is one, where the interpreted assertion fails.
func AsError(v any) (error, bool) {
	e, ok := unwrap(v).(error)
	return e, ok
}

// AsStringer is v.(fmt.Stringer), asked of the compiled value.
func AsStringer(v any) (fmt.Stringer, bool) {
	s, ok := unwrap(v).(fmt.Stringer)
	return s, ok
}

// TypeName is the name of a compiled value's type, as the runtime and fmt
// write it.
func TypeName(v any) string {
	if v == nil {
		return "nil"
	}
	return reflect.TypeOf(v).String()
}

// AssertionError is the panic of a failed type assertion, a runtime.Error
// with the runtime's message.
func AssertionError(msg string) error { return runtimeError{msg: msg} }

// fmtExports are the printing helpers (fmtcopy).
func fmtExports() map[string]any {
	return map[string]any{
		"Sprintf":       fmtcopy.Sprintf,
		"Sprint":        fmtcopy.Sprint,
		"Sprintln":      fmtcopy.Sprintln,
		"Errorf":        fmtcopy.Errorf,
		"FBasic":        fmtcopy.Basic,
		"FStruct":       fmtcopy.Struct,
		"FSlice":        fmtcopy.Slice,
		"FArray":        fmtcopy.Array,
		"FMap":          fmtcopy.Map,
		"FPointer":      fmtcopy.Pointer,
		"FPointerTo":    fmtcopy.PointerTo,
		"FOpaque":       fmtcopy.Opaque,
		"FNilInterface": fmtcopy.NilInterface,
		"FMethods":      fmtcopy.WithMethods,
		"FError":        fmtcopy.WithError,
	}
}

// HasMethods reports whether the compiled value x has the methods named,
// each followed by its type (func(int) string).
func HasMethods(x any, specs ...string) bool {
	return MissingMethod(x, specs...) == ""
}

// MissingMethod is the first of the methods named that x lacks.
func MissingMethod(x any, specs ...string) string {
	v := reflect.ValueOf(unwrap(x))
	for i := 0; i+1 < len(specs); i += 2 {
		if !v.IsValid() {
			return specs[i]
		}
		m := v.MethodByName(specs[i])
		if !m.IsValid() || m.Type().String() != specs[i+1] {
			return specs[i]
		}
	}
	return ""
}

// Unsupported is the panic of a construct the runner detects only as the
// program runs.
func Unsupported(msg string) error { return unsupportedError{msg} }

type unsupportedError struct{ msg string }

func (e unsupportedError) Error() string { return e.msg }

// CallMethod calls the method name of the compiled value x, for an
// adapter of the lowering (internal/lower/typeswitch.go) that holds x in
// an interface of the program; nil arguments are their parameters' zero
// values.
func CallMethod(x any, name string, args ...any) []any {
	m := reflect.ValueOf(unwrap(x)).MethodByName(name)
	in := make([]reflect.Value, len(args))
	for i, a := range args {
		if a == nil {
			in[i] = reflect.Zero(m.Type().In(i))
		} else {
			in[i] = reflect.ValueOf(a)
		}
	}
	var out []any
	for _, r := range m.Call(in) {
		out = append(out, r.Interface())
	}
	return out
}

// Unadapt returns the compiled value that an adapter of the lowering
// holds, the interpreted value that a wrapper of yaegi's holds (what a
// value of the program becomes in an interface of another package, such
// as io.Reader: a struct whose first field is IValue), or v. The
// lowering's type switches and assertions then see the program's value.
func Unadapt(v any) any {
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Struct && rv.NumField() == 1 && rv.Type().Field(0).Name == "ConcbookAdapted" {
		return rv.Field(0).Interface()
	}
	if inner := unwrapInterfaceWrappers(rv); inner.IsValid() && inner.Type() != rv.Type() && inner.Kind() != reflect.Interface && inner.CanInterface() {
		return inner.Interface()
	}
	return v
}

// boundsFormats are the runtime's messages for an index or slice bound
// out of range (runtime/error.go), by the lowering's codes (its
// internal/lower/bounds.go): x, then y.
var boundsFormats = [...][2]string{
	0: {"index out of range [%x] with length %y", "index out of range [%x]"},
	1: {"slice bounds out of range [:%x] with length %y", "slice bounds out of range [:%x]"},
	2: {"slice bounds out of range [:%x] with capacity %y", "slice bounds out of range [:%x]"},
	3: {"slice bounds out of range [%x:%y]", "slice bounds out of range [%x:]"},
	4: {"slice bounds out of range [::%x] with length %y", "slice bounds out of range [::%x]"},
	5: {"slice bounds out of range [::%x] with capacity %y", "slice bounds out of range [::%x]"},
	6: {"slice bounds out of range [:%x:%y]", "slice bounds out of range [:%x:]"},
	7: {"slice bounds out of range [%x:%y:]", "slice bounds out of range [%x::]"},
}

// BoundsError is the runtime's panic for a bound x out of range of y.
func BoundsError(code, x, y int) error {
	f := boundsFormats[code][0]
	if x < 0 {
		f = boundsFormats[code][1]
	}
	msg := strings.NewReplacer("%x", strconv.Itoa(x), "%y", strconv.Itoa(y)).Replace(f)
	return boundsErr(code, x, y, "runtime error: "+msg)
}

// RangeState panics as the runtime does when an iterator calls yield after
// the loop's body returned false (state 1) or after the loop ended (state 2);
// see internal/lower/rangefunc.go.
func RangeState(state int) {
	switch state {
	case 1:
		panic(runtimeErr("runtime error: range function continued iteration after function for loop body returned false"))
	case 2:
		panic(runtimeErr("runtime error: range function continued iteration after whole loop exit"))
	}
	panic(fmt.Sprintf("RangeState(%d): no such state", state))
}

// ctxKey is a context key of the program's types (internal/lower/ctxkeys.go):
// the type's name and the value.
type ctxKey struct {
	typ string
	v   any
}

// String is what context's String methods print for the key, the type's
// name (as for a key without a String method of its own).
func (k ctxKey) String() string { return k.typ }

// CtxKey is a context key of the program's type typ.
func CtxKey(typ string, v any) any { return ctxKey{typ: typ, v: unwrap(v)} }

// Equal is a == b for two values of compiled types, as Go compares them
// (it panics on values of one type that is not comparable).
func Equal(a, b any) bool { return unwrap(a) == unwrap(b) }
