package main

import (
	"reflect"
	"unsafe"
)

// DeepEqual is reflect.DeepEqual for values that may hold the program's
// values in interfaces, which the lowering calls instead of it
// (internal/lower/encodermethods.go): the interpreter keeps such a value
// wrapped with its type, or bare, depending on how it was stored, and
// reflect.DeepEqual compares the wrappers' fields (two equal S{1, 2} made
// at two places differed: test/initialize.go). Here a wrapped value
// equals another of the same type with a deeply equal value, or a bare
// value deeply equal to its own.
func DeepEqual(a, b any) bool {
	return deepEqual(reflect.ValueOf(a), reflect.ValueOf(b), map[deepVisit]bool{})
}

// deepVisit is a comparison under way, for values that may contain
// themselves (as reflect.DeepEqual keeps them).
type deepVisit struct {
	a, b unsafe.Pointer
	t    reflect.Type
}

func deepEqual(a, b reflect.Value, visited map[deepVisit]bool) bool {
	a, an, _ := heldValue(a)
	b, bn, _ := heldValue(b)
	if an != "" && bn != "" && an != bn {
		return false
	}
	if !a.IsValid() || !b.IsValid() {
		return a.IsValid() == b.IsValid()
	}
	if a.Type() != b.Type() {
		return false
	}
	if !mayHoldWrapped(a.Type()) && a.CanInterface() && b.CanInterface() {
		return reflect.DeepEqual(a.Interface(), b.Interface())
	}
	switch a.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice:
		if a.IsNil() || b.IsNil() {
			return a.IsNil() == b.IsNil()
		}
		if a.Kind() != reflect.Slice && a.UnsafePointer() == b.UnsafePointer() {
			return true
		}
		v := deepVisit{a.UnsafePointer(), b.UnsafePointer(), a.Type()}
		if visited[v] {
			return true
		}
		visited[v] = true
	}
	switch a.Kind() {
	case reflect.Pointer:
		return deepEqual(a.Elem(), b.Elem(), visited)
	case reflect.Slice, reflect.Array:
		if a.Len() != b.Len() {
			return false
		}
		for i := range a.Len() {
			if !deepEqual(a.Index(i), b.Index(i), visited) {
				return false
			}
		}
		return true
	case reflect.Map:
		if a.Len() != b.Len() {
			return false
		}
		it := a.MapRange()
		for it.Next() {
			bv := b.MapIndex(it.Key())
			if !bv.IsValid() || !deepEqual(it.Value(), bv, visited) {
				return false
			}
		}
		return true
	case reflect.Struct:
		for i := range a.NumField() {
			if !deepEqual(a.Field(i), b.Field(i), visited) {
				return false
			}
		}
		return true
	}
	return equalBasic(a, b)
}

// equalBasic compares values of a kind that holds no other value, as ==
// does (reflect's getters read values of unexported fields too); a
// function equals another only when both are nil, as in
// reflect.DeepEqual.
func equalBasic(a, b reflect.Value) bool {
	switch a.Kind() {
	case reflect.Bool:
		return a.Bool() == b.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return a.Int() == b.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return a.Uint() == b.Uint()
	case reflect.Float32, reflect.Float64:
		return a.Float() == b.Float()
	case reflect.Complex64, reflect.Complex128:
		return a.Complex() == b.Complex()
	case reflect.String:
		return a.String() == b.String()
	case reflect.Chan, reflect.UnsafePointer:
		return a.Pointer() == b.Pointer()
	case reflect.Func:
		return a.IsNil() && b.IsNil()
	}
	return false
}
