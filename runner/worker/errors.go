package main

import (
	"reflect"
	"strings"
)

// Unwraps returns what a compiled error wraps, for the lowering's errors.Is
// and errors.As (internal/lower/errorsas.go): Unwrap() error or
// Unwrap() []error, nil if neither. The interpreted program cannot ask
// compiled errors for these methods itself.
func Unwraps(err error) []error {
	switch x := err.(type) {
	case interface{ Unwrap() error }:
		if u := x.Unwrap(); u != nil {
			return []error{u}
		}
	case interface{ Unwrap() []error }:
		return x.Unwrap()
	}
	return nil
}

// UnwrapN is len(Unwraps(err)), and UnwrapI(err, i) is Unwraps(err)[i]:
// yaegi gives the program back its own errors only when they are returned
// one by one, not in a slice.
func UnwrapN(err error) int { return len(Unwraps(err)) }

// UnwrapI is the i-th error that err wraps.
func UnwrapI(err error, i int) error { return Unwraps(err)[i] }

// Same reports whether two compiled errors are equal, as errors.Is compares
// them; an error of the program's own types (a yaegi wrapper) is never the
// same as a compiled one: the lowering compares those itself.
func Same(a, b error) bool {
	if a == nil || b == nil {
		return a == b
	}
	ta, tb := reflect.TypeOf(a), reflect.TypeOf(b)
	if interpreted(ta) || interpreted(tb) || ta != tb || !ta.Comparable() {
		return false
	}
	return a == b
}

// IsMethod reports whether a compiled error's Is method says it is target,
// as errors.Is asks each error of the chain (syscall.Errno is
// os.ErrNotExist, for one). The program's own errors' Is methods are the
// lowering's to call.
func IsMethod(err, target error) bool {
	if err == nil || interpreted(reflect.TypeOf(err)) {
		return false
	}
	if x, ok := err.(interface{ Is(error) bool }); ok {
		return x.Is(target)
	}
	return false
}

// interpreted reports whether t is a type of yaegi's, standing for a type
// of the interpreted program.
func interpreted(t reflect.Type) bool {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return strings.Contains(t.PkgPath(), "yaegi") || t.PkgPath() == "" && t.Kind() == reflect.Struct
}
