package main

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/concbook/concurrency/runner/worker/gofmt"
)

// The worker's side of the lowering's dynamic types (internal/lower/dyn.go)
// and of its printing (internal/lower/fmtcalls.go, gofmt).

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
	rv := reflect.ValueOf(v)
	for rv.IsValid() && rv.Kind() == reflect.Struct && rv.NumField() > 0 && rv.Type().Field(0).Name == "IValue" {
		rv = rv.Field(0)
		for rv.Kind() == reflect.Interface && !rv.IsNil() {
			rv = rv.Elem()
		}
	}
	return rv.IsValid() && rv.Kind() == reflect.Pointer
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

// fmtExports are the printing helpers (gofmt).
func fmtExports() map[string]any {
	return map[string]any{
		"Sprintf":       gofmt.Sprintf,
		"Sprint":        gofmt.Sprint,
		"Sprintln":      gofmt.Sprintln,
		"Errorf":        gofmt.Errorf,
		"FBasic":        gofmt.Basic,
		"FStruct":       gofmt.Struct,
		"FSlice":        gofmt.Slice,
		"FArray":        gofmt.Array,
		"FMap":          gofmt.Map,
		"FPointer":      gofmt.Pointer,
		"FPointerTo":    gofmt.PointerTo,
		"FOpaque":       gofmt.Opaque,
		"FNilInterface": gofmt.NilInterface,
		"FMethods":      gofmt.WithMethods,
		"FError":        gofmt.WithError,
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
// holds, or v.
func Unadapt(v any) any {
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Struct && rv.NumField() == 1 && rv.Type().Field(0).Name == "ConcbookAdapted" {
		return rv.Field(0).Interface()
	}
	return v
}
