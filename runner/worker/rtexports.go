package main

import (
	"reflect"
	"runtime"
	"unsafe"
)

// rtExports are the worker functions that lowered programs call as
// __rt.NAME, besides Crash (see runtimeSymbols in run.go).
func rtExports(c *crasher, st *stacker) map[string]any {
	g := newGoroutines(c)
	st.g = g
	return map[string]any{
		"Enter":               g.Enter,
		"Stack":               st.Stack,
		"DebugStack":          st.DebugStack,
		"PrintStack":          st.PrintStack,
		"WriteProfile":        st.WriteProfile,
		"Start":               g.Start,
		"NewGoroutine":        g.NewGoroutine,
		"NewGoroutineAt":      g.NewGoroutineAt,
		"Goroutine":           g.Goroutine,
		"GoroutineErr":        g.GoroutineErr,
		"CrashIn":             g.CrashIn,
		"CrashHere":           g.CrashHere,
		"CrashHereRepanicked": g.CrashHereRepanicked,
		"Goid":                Goid,
		"ClearMap":            ClearMap,
		"ChanSize":            ChanSize,
		"SliceLen":            SliceLen,
		"SliceLenCap":         SliceLenCap,
		"UnsafeString":        UnsafeString,
		"UnsafeStringData":    UnsafeStringData,
		"UnsafeSlice":         UnsafeSlice,
		"UnsafeSliceData":     UnsafeSliceData,
		"Unbox":               Unbox,
		"CrashValue":          CrashValue,
		"EncodeValue":         EncodeValue,
		"DecodeError":         DecodeError,
		"ElemType":            ElemType,
		"PanicNil":            PanicNil,
		"DeepEqual":           DeepEqual,
		"UnwrapN":             UnwrapN,
		"UnwrapI":             UnwrapI,
		"Same":                Same,
		"IsMethod":            IsMethod,
		"Compiled":            Compiled,
		"IsPointer":           IsPointer,
		"AsError":             AsError,
		"AsStringer":          AsStringer,
		"TypeName":            TypeName,
		"AssertionError":      AssertionError,
		"HasMethods":          HasMethods,
		"MissingMethod":       MissingMethod,
		"Unsupported":         Unsupported,
		"CallMethod":          CallMethod,
		"Unadapt":             Unadapt,
		"BoundsError":         BoundsError,
		"RangeState":          RangeState,
		"CtxKey":              CtxKey,
		"Equal":               Equal,
		"Describe":            Describe,
		"Repanicked":          Repanicked,
		"SameValue":           SameValue,
		"Print":               Print,
		"Println":             Println,
		"Iface":               MakeIface,
		"PrintValue":          PrintValue,
		"Select":              Select,
		"SelectRecv":          SelectRecv,
		"SelectSend":          SelectSend,
		"SelectSendElem":      SelectSendElem,
		"SelectDefault":       SelectDefault,
		"LogAt":               LogAt,
		"TypeMethod":          TypeMethod,
		"TypeMethodByName":    TypeMethodByName,
		"TypeNumMethod":       TypeNumMethod,
		"ValueMethod":         ValueMethod,
		"ValueMethodByName":   ValueMethodByName,
		"ValueNumMethod":      ValueNumMethod,
		"PanicWrap":           PanicWrap,
	}
}

// ClearMap is the builtin clear on a map: every entry goes, NaN keys too
// (deleting the keys one by one cannot remove those: no lookup finds them).
func ClearMap(m any) { reflect.ValueOf(m).Clear() }

// UnsafeString is unsafe.String for a length of type int (the lowering
// converts others).
func UnsafeString(p *byte, n int) string { return unsafe.String(p, n) }

// UnsafeStringData is unsafe.StringData.
func UnsafeStringData(s string) *byte { return unsafe.StringData(s) }

// UnsafeSlice is unsafe.Slice for any pointer type, its result typed any
// (the lowering asserts it back): a slice of n elements from p.
func UnsafeSlice(p any, n int) any {
	v := reflect.ValueOf(p)
	if v.IsNil() {
		if n != 0 {
			panic(runtimeErr("runtime error: unsafe.Slice: ptr is nil and len is not zero"))
		}
		return reflect.Zero(reflect.SliceOf(v.Type().Elem())).Interface()
	}
	if n < 0 {
		panic(runtimeErr("runtime error: unsafe.Slice: len out of range"))
	}
	return reflect.SliceAt(v.Type().Elem(), v.UnsafePointer(), n).Interface()
}

// UnsafeSliceData is unsafe.SliceData for any slice type, its result typed
// any: a pointer to the slice's first element, nil for a nil slice.
func UnsafeSliceData(s any) any {
	v := reflect.ValueOf(s)
	if v.IsNil() {
		return reflect.Zero(reflect.PointerTo(v.Type().Elem())).Interface()
	}
	return reflect.NewAt(v.Type().Elem(), v.UnsafePointer()).Interface()
}

// maxAlloc is the runtime's largest allocation: 1<<48 bytes on 64-bit
// Linux, 1<<32 for wasm (runtime/malloc.go).
var maxAlloc = func() int64 {
	if runtime.GOARCH == "wasm" {
		return 1 << 32
	}
	return 1 << 48
}()

// hchanSize is the size of the runtime's channel header (runtime/chan.go).
const hchanSize = 96

// tooBig reports whether n elements of size bytes are more than limit.
func tooBig(n, size, limit int64) bool { return size > 0 && n > limit/size }

// ChanSize is the size given to make(chan T, n), checked as the runtime's
// makechan checks it; size is T's.
func ChanSize(n, size int64) int {
	if n < 0 || tooBig(n, size, maxAlloc-hchanSize) {
		panic(runtimeErr("makechan: size out of range")) // a plainError in the runtime: no "runtime error: "
	}
	return int(n)
}

// SliceLen is the length given to make([]T, n), checked as the runtime's
// makeslice checks it; size is T's.
func SliceLen(n, size int64) int {
	if n < 0 || tooBig(n, size, maxAlloc) {
		panic(runtimeErr("runtime error: makeslice: len out of range"))
	}
	return int(n)
}

// SliceLenCap is the length given to make([]T, n, c), both checked as
// the runtime's makeslice checks them.
func SliceLenCap(n, c, size int64) int {
	if c < 0 || tooBig(c, size, maxAlloc) || n < 0 || n > c {
		SliceLen(n, size)
		panic(runtimeErr("runtime error: makeslice: cap out of range"))
	}
	return int(n)
}
