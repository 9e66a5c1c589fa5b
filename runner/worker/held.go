package main

import (
	"reflect"

	"github.com/traefik/yaegi/interp"
)

// A value of the program's types with methods sits in an interface{}
// wrapped by the interpreter with its type (interp.Wrapped), or bare,
// depending on how it was stored. Host code that walks such values with
// reflect (EncodeValue, DeepEqual) looks through the wrappers.

// heldValue returns what v holds (interp.Wrapped): through interfaces (the
// invalid Value for a nil one) and the interpreter's wrappers, with the
// wrapped type's name and the first of methods the type has, interpreted
// ("" when v was not wrapped).
func heldValue(v reflect.Value, methods ...string) (held reflect.Value, typeName, method string) {
	held, typeName, method, _ = interp.Wrapped(v, methods...)
	return held, typeName, method
}

// mayHoldWrapped reports whether a value of type t can hold an interface
// value, where the interpreter may have put a wrapper.
func mayHoldWrapped(t reflect.Type) bool {
	return holdsInterface(t, map[reflect.Type]bool{})
}

func holdsInterface(t reflect.Type, seen map[reflect.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	switch t.Kind() {
	case reflect.Interface:
		return true
	case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Map:
		return holdsInterface(t.Elem(), seen)
	case reflect.Struct:
		for i := range t.NumField() {
			if holdsInterface(t.Field(i).Type, seen) {
				return true
			}
		}
	}
	return false
}
