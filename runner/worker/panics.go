package main

import (
	"reflect"
	"regexp"
	"strings"
	"sync"
)

// Panic values. yaegi hands recover() the panic value boxed in a
// reflect.Value, and loses the names of the program's types on the way, so
// the lowering keeps each panic value of the program itself (see
// internal/lower/panics.go) and asks the worker only for the others: Unbox
// returns what compiled code or the interpreter panicked with, with the
// runtime's words for the runtime errors the interpreter raises its own way.
// Described is how the lowering hands Crash a value it formatted itself, as
// the runtime prints it.

// Unbox returns the value behind a recovered reflect.Value.
func Unbox(r any) any {
	v := unwrap(r)
	if rv, ok := v.(reflect.Value); ok && rv.IsValid() && rv.CanInterface() {
		v = rv.Interface()
	}
	var msg string
	switch x := v.(type) {
	case string:
		msg = x
	case error:
		msg = x.Error()
	default:
		return v
	}
	for _, m := range runtimeMessages() {
		if m.re.MatchString(msg) {
			msg = m.re.ReplaceAllString(msg, m.repl)
			if strings.HasPrefix(msg, "interface conversion: ") {
				return AssertionError(msg) // a *runtime.TypeAssertionError in compiled Go, which only the runtime makes
			}
			return runtimeErr(msg)
		}
	}
	return v
}

// CrashValue is the value a crash handler hands Crash in a program that
// neither calls panic nor recover itself (internal/lower/panics.go): the
// value of a runtime error or of a library's panic, behind its box, with
// a float described as the runtime prints it.
func CrashValue(r any) any {
	switch x := Unbox(r).(type) {
	case float64:
		return Describe(PrintValue(x))
	case float32:
		return Describe(PrintValue(x))
	default:
		return x
	}
}

// runtimeMessages map the interpreter's messages for runtime errors to the
// runtime's. They are compiled when a panic first needs them.
var runtimeMessages = sync.OnceValue(func() []runtimeMessage {
	return []runtimeMessage{
		{regexp.MustCompile(`^reflect: call of reflect\.Value\.(Field|Elem|FieldByIndex|Set\w*) on zero Value.*$`), "runtime error: invalid memory address or nil pointer dereference"},
		{regexp.MustCompile(`^reflect: reflect\.Value\.SetMapIndex using value obtained using unexported field$|^assignment to entry in nil map$`), "assignment to entry in nil map"},
		{regexp.MustCompile(`^(?:\S+:)?\d+:\d+: (interface conversion: .*)$`), "$1"},
	}
})

// runtimeMessage is an interpreter's message (re) and the runtime's (repl).
type runtimeMessage struct {
	re   *regexp.Regexp
	repl string
}

// runtimeError is a runtime.Error with the runtime's message.
type runtimeError struct{ msg string }

func (e runtimeError) Error() string { return e.msg }
func (e runtimeError) RuntimeError() {}

// Described is a panic value the lowering described: Crash prints its text.
type Described struct{ Text string }

func (d Described) Error() string { return d.Text }

// Describe returns the panic value that Crash prints as text.
func Describe(text string) any { return Described{Text: text} }

// Repanicked is the panic value v, described as the runtime prints a value
// that was recovered and panicked again: "VALUE [recovered, repanicked]".
func Repanicked(v any) any {
	if d, ok := unwrap(v).(Described); ok {
		return Described{Text: d.Text + " [recovered, repanicked]"}
	}
	return Described{Text: panicValue(v) + " [recovered, repanicked]"}
}

// SameValue reports whether a and b are one value, as == would, without
// panicking on values that are not comparable (which are not the same).
func SameValue(a, b any) bool {
	a, b = unwrap(a), unwrap(b)
	ta, tb := reflect.TypeOf(a), reflect.TypeOf(b)
	if ta != tb || ta == nil || !ta.Comparable() {
		return false
	}
	return a == b
}
