package main

import (
	"reflect"
	"runtime"
	"strings"
	"sync"
	"unsafe"
)

// The runtime's own error values. The interpreter detects some runtime
// errors itself (an index out of range, a nil map assignment, a bad size
// given to make), and a program that prints the recovered value's type
// (%T) must see what compiled Go gives it: runtime.boundsError,
// runtime.plainError, runtime.errorString. Their types are taken from
// panics the runtime raises once, at start, and values of them made with
// the message wanted. A value whose Error() would not be the message (a
// runtime whose fields changed) falls back to runtimeError, which has the
// message and is a runtime.Error, only not the runtime's type.
//
// The panics are raised when a type is first needed, not at start: most
// programs need none, and a panic is slow in WebAssembly, where every
// instance of the page's runner would pay for three.

var (
	errorStringType = sync.OnceValue(func() reflect.Type {
		return runtimePanicType(func() {
			m := map[any]bool{}
			m[any([]int(nil))] = true // hash of unhashable type: a runtime.errorString
		})
	})
	plainErrorType = sync.OnceValue(func() reflect.Type {
		return runtimePanicType(func() {
			var m map[int]int
			m[0] = 0 // assignment to entry in nil map: a runtime.plainError
		})
	})
	boundsErrorType = sync.OnceValue(func() reflect.Type {
		return runtimePanicType(func() {
			_ = []int{}[outOfRange] // index out of range: a runtime.boundsError
		})
	})
)

// outOfRange is a variable, so that indexing with it is checked at run
// time, not refused by the compiler.
var outOfRange = 1

// runtimePanicType returns the type of the value f panics with.
func runtimePanicType(f func()) (t reflect.Type) {
	defer func() { t = reflect.TypeOf(recover()) }()
	f()
	return nil
}

// runtimeErr is the runtime's error with message msg: an errorString for
// "runtime error: ..." (its Error adds the prefix), a plainError for the
// messages the runtime raises without it ("assignment to entry in nil
// map", "makechan: size out of range").
func runtimeErr(msg string) error {
	t, text := plainErrorType(), msg
	if rest, ok := strings.CutPrefix(msg, "runtime error: "); ok {
		t, text = errorStringType(), rest
	}
	if t != nil && t.Kind() == reflect.String {
		v := reflect.New(t).Elem()
		v.SetString(text)
		if e, ok := v.Interface().(error); ok && e.Error() == msg {
			return e
		}
	}
	return runtimeError{msg: msg}
}

// boundsErr is the runtime's boundsError for bound x out of range of y
// (code: the runtime's boundsErrorCode, boundsFormats' index), whose
// Error() is msg.
func boundsErr(code, x, y int, msg string) error {
	if e := newBoundsError(code, x, y); e != nil && e.Error() == msg {
		return e
	}
	return runtimeError{msg: msg}
}

// newBoundsError sets the unexported fields of a runtime.boundsError, by
// name: x int64, y int, signed bool, code uint8. It returns nil where the
// type is not that.
func newBoundsError(code, x, y int) error {
	t := boundsErrorType()
	if t == nil || t.Kind() != reflect.Struct {
		return nil
	}
	v := reflect.New(t).Elem()
	set := func(name string, f func(reflect.Value)) bool {
		fv := v.FieldByName(name)
		if !fv.IsValid() {
			return false
		}
		f(reflect.NewAt(fv.Type(), unsafe.Pointer(fv.UnsafeAddr())).Elem())
		return true
	}
	ok := set("x", func(f reflect.Value) { f.SetInt(int64(x)) }) &&
		set("y", func(f reflect.Value) { f.SetInt(int64(y)) }) &&
		set("signed", func(f reflect.Value) { f.SetBool(true) }) &&
		set("code", func(f reflect.Value) { f.SetUint(uint64(code)) })
	if !ok {
		return nil
	}
	e, _ := v.Interface().(error)
	return e
}

// PanicNil is the value of panic(nil) since Go 1.21, which the lowering
// panics with in its place (internal/lower/panics.go): a zero-size value,
// so that every panic(nil) panics with the same one, and a re-panic of a
// recovered one is marked "[recovered, repanicked]" as in Go.
func PanicNil() *runtime.PanicNilError { return new(runtime.PanicNilError) }
