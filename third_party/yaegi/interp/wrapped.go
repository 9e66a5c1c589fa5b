package interp

import "reflect"

// heldValue returns what v holds: an interface's dynamic value (the
// invalid Value for a nil interface), and, through the valueInterface
// wrappers the interpreter keeps values in (nested ones too), the value the
// innermost one wraps, with its node; wrapped reports whether there was a
// wrapper on the way.
func heldValue(v reflect.Value) (held reflect.Value, n *node, wrapped bool) {
	for v.IsValid() {
		if v.Kind() == reflect.Interface {
			if v.IsNil() {
				return reflect.Value{}, n, wrapped
			}
			v = v.Elem()
			continue
		}
		if v.Kind() != reflect.Struct || !v.CanInterface() {
			break // a wrapper is a struct
		}
		vi, ok := v.Interface().(valueInterface)
		if !ok {
			break
		}
		v, n, wrapped = vi.value, vi.node, true
	}
	return v, n, wrapped
}

// Wrapped returns what v, a value the interpreter put in an interface,
// holds: through interfaces, and through the wrappers that keep a value of
// the program's types with methods in an interface{} with its type. Host
// code that walks values with reflect (an encoder) needs the value itself:
// a wrapper's fields are the interpreter's. ok reports whether there was a
// wrapper; then typeName is the wrapped type's (main.T) and method the
// first of methods that the type has, interpreted.
func Wrapped(v reflect.Value, methods ...string) (inner reflect.Value, typeName, method string, ok bool) {
	inner, n, ok := heldValue(v)
	if n != nil && n.typ != nil {
		typeName = n.typ.id()
		for _, name := range methods {
			if m, _ := n.typ.lookupMethod(name); m != nil {
				method = name
				break
			}
		}
	}
	return inner, typeName, method, ok
}
