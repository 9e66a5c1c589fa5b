package fmtcopy

import (
	stdfmt "fmt"
	"reflect"
	"sort"
)

// The constructors the lowered program calls (as __rt.F...) to describe
// its values. They return any, which is what the program stores them as.

// Basic describes a value of a named type whose underlying type is basic:
// v is the value converted to that basic type.
func Basic(typ string, v any) any {
	return &Node{Type: typ, Kind: reflect.TypeOf(v).Kind(), Val: v}
}

// Struct describes a struct: its fields' names, whether each is exported,
// and their values.
func Struct(typ string, names []string, exported []bool, fields ...any) any {
	return &Node{Type: typ, Kind: reflect.Struct, Names: names, Exported: exported, Elems: fields}
}

// Slice describes a slice: raw is the slice itself (for its address), nil
// or not.
func Slice(typ string, raw any, isNil bool, elems ...any) any {
	return &Node{Type: typ, Kind: reflect.Slice, Nil: isNil, Addr: address(raw), Elems: elems}
}

// Array describes an array.
func Array(typ string, elems ...any) any {
	return &Node{Type: typ, Kind: reflect.Array, Elems: elems}
}

// Map describes a map: its keys and values, alternating.
func Map(typ string, raw any, isNil bool, kv ...any) any {
	n := &Node{Type: typ, Kind: reflect.Map, Nil: isNil, Addr: address(raw)}
	for i := 0; i+1 < len(kv); i += 2 {
		n.Keys = append(n.Keys, kv[i])
		n.Elems = append(n.Elems, kv[i+1])
	}
	return n
}

// Pointer describes a pointer: raw is the pointer, elem what it points to
// if described (a pointer inside a value prints as its address).
func Pointer(typ string, raw any, elem ...any) any {
	a := address(raw)
	n := &Node{Type: typ, Kind: reflect.Pointer, Addr: a, Nil: a == 0}
	if a != 0 && len(elem) == 1 {
		n.Elems = elem
	}
	return n
}

// PointerTo describes a pointer inside a value, which prints as its
// address: deref describes the pointee if fmt needs it after all.
func PointerTo(typ string, raw any, deref func() any) any {
	a := address(raw)
	return &Node{Type: typ, Kind: reflect.Pointer, Addr: a, Nil: a == 0, Deref: deref}
}

// Opaque describes a channel or a function, printed as its address.
func Opaque(typ string, raw any) any {
	k := reflect.Func
	if v := reflect.ValueOf(raw); v.IsValid() {
		k = v.Kind()
	}
	return &Node{Type: typ, Kind: k, Val: raw, Addr: address(raw)}
}

// NilInterface describes a nil value of an interface type inside another
// value (fmt prints <nil>, or with %#v the type and (nil)).
func NilInterface(typ string) any {
	return &Node{Type: typ, Kind: reflect.Interface}
}

// WithMethods gives a described value the methods fmt calls; nil for
// those it does not have.
func WithMethods(n any, str, err, goStr func() string, format func(stdfmt.State, rune)) any {
	if node, ok := n.(*Node); ok {
		node.StringM, node.ErrorM, node.GoStringM, node.FormatM = str, err, goStr, format
	}
	return n
}

// WithError records the error value a described value is, for %w.
func WithError(n any, e error) any {
	if node, ok := n.(*Node); ok {
		node.Err = e
		return node
	}
	return n
}

func address(raw any) uintptr {
	v := reflect.ValueOf(raw)
	switch v.Kind() {
	case reflect.Chan, reflect.Func, reflect.Map, reflect.Pointer, reflect.Slice, reflect.UnsafePointer:
		return uintptr(v.UnsafePointer())
	}
	return 0
}

// sortedKeys returns the order in which fmt prints a map with these keys
// (internal/fmtsort's).
func sortedKeys(keys []any) []int {
	idx := make([]int, len(keys))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool { return compareItems(keys[idx[i]], keys[idx[j]]) < 0 })
	return idx
}

// compareItems is fmtsort's compare for Nodes and compiled values.
func compareItems(a, b any) int {
	an, aNode := a.(*Node)
	bn, bNode := b.(*Node)
	switch {
	case !aNode && !bNode:
		av, bv := reflect.ValueOf(a), reflect.ValueOf(b)
		if !av.IsValid() || !bv.IsValid() {
			return boolCompare(av.IsValid(), bv.IsValid())
		}
		if av.Type() != bv.Type() {
			return stringCompare(av.Type().String(), bv.Type().String())
		}
		return compare(av, bv)
	case aNode != bNode:
		return stringCompare(typeString(a), typeString(b))
	}
	if an.Type != bn.Type {
		if an.Kind == reflect.Interface || bn.Kind == reflect.Interface {
			return boolCompare(an.Kind != reflect.Interface, bn.Kind != reflect.Interface)
		}
		return stringCompare(an.Type, bn.Type)
	}
	switch an.Kind {
	case reflect.Pointer, reflect.Chan, reflect.Func, reflect.UnsafePointer:
		switch {
		case an.Addr < bn.Addr:
			return -1
		case an.Addr > bn.Addr:
			return 1
		}
		return 0
	case reflect.Struct, reflect.Array:
		for i := range an.Elems {
			if i >= len(bn.Elems) {
				return 1
			}
			if c := compareItems(an.Elems[i], bn.Elems[i]); c != 0 {
				return c
			}
		}
		if len(an.Elems) < len(bn.Elems) {
			return -1
		}
		return 0
	case reflect.Interface:
		return 0
	}
	return compare(reflect.ValueOf(an.Val), reflect.ValueOf(bn.Val))
}

// boolCompare orders false (invalid, nil) first.
func boolCompare(a, b bool) int {
	switch {
	case a == b:
		return 0
	case !a:
		return -1
	}
	return 1
}

func stringCompare(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
