package interp

import "reflect"

// Wrapped returns the value that v, a value the interpreter put in an
// interface, holds, when the interpreter wrapped it to keep its type (a
// value of a type of the program with methods is kept so in an interface{}):
// the value itself, the name of its type (main.T), and the first of the
// method names that the type has, interpreted. ok is false when v is no
// such wrapper. Host code that walks values with reflect (an encoder)
// needs the value itself: the wrapper's fields are the interpreter's.
func Wrapped(v reflect.Value, methods ...string) (inner reflect.Value, typeName, method string, ok bool) {
	if !v.IsValid() || !v.CanInterface() {
		return v, "", "", false
	}
	vi, ok := v.Interface().(valueInterface)
	if !ok {
		return v, "", "", false
	}
	for vi.value.IsValid() && vi.value.CanInterface() {
		next, ok := vi.value.Interface().(valueInterface)
		if !ok {
			break
		}
		vi = next
	}
	if vi.node != nil && vi.node.typ != nil {
		typeName = vi.node.typ.id()
		for _, name := range methods {
			if m, _ := vi.node.typ.lookupMethod(name); m != nil {
				method = name
				break
			}
		}
	}
	return vi.value, typeName, method, true
}
