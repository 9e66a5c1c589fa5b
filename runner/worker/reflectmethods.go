package main

import "reflect"

// MethodEntry is one exported method of a type of the program, for
// reflect's Method, MethodByName and NumMethod, which the lowering
// answers from a table of them (internal/lower/reflectmethods.go): the
// interpreter builds the program's types with reflect, without methods.
type MethodEntry struct {
	Name string
	// Func is the method expression: a function of the receiver and the
	// method's arguments.
	Func reflect.Value
	// Bind makes the method value of a receiver (a reflect.Value of the
	// type), which reads the receiver when it is called.
	Bind func(reflect.Value) reflect.Value
}

// MethodTable is a type's exported methods, sorted by name as reflect
// sorts them.
type MethodTable []MethodEntry

// method is the table's reflect.Method i.
func (tab MethodTable) method(i int) reflect.Method {
	e := tab[i]
	return reflect.Method{Name: e.Name, Type: e.Func.Type(), Func: e.Func, Index: i}
}

// index is the index of the method name, or -1.
func (tab MethodTable) index(name string) int {
	for i, e := range tab {
		if e.Name == name {
			return i
		}
	}
	return -1
}

// TypeMethod is reflect.Type's Method of the type whose methods tab lists
// (t, the receiver, is evaluated by the call, as Go evaluates it).
func TypeMethod(t any, tab MethodTable, i int) reflect.Method {
	if i < 0 || i >= len(tab) {
		panic("reflect: Method index out of range")
	}
	return tab.method(i)
}

// TypeMethodByName is reflect.Type's MethodByName.
func TypeMethodByName(t any, tab MethodTable, name string) (reflect.Method, bool) {
	i := tab.index(name)
	if i < 0 {
		return reflect.Method{}, false
	}
	return tab.method(i), true
}

// TypeNumMethod is reflect.Type's NumMethod.
func TypeNumMethod(t any, tab MethodTable) int { return len(tab) }

// ValueMethod is reflect.Value's Method: v's method value i, with the
// panics of reflect.
func ValueMethod(v reflect.Value, tab MethodTable, i int) reflect.Value {
	if !v.IsValid() {
		panic(&reflect.ValueError{Method: "reflect.Value.Method", Kind: reflect.Invalid})
	}
	if uint(i) >= uint(len(tab)) {
		panic("reflect: Method index out of range")
	}
	return tab[i].Bind(v)
}

// ValueMethodByName is reflect.Value's MethodByName: the zero Value when
// v has no such method.
func ValueMethodByName(v reflect.Value, tab MethodTable, name string) reflect.Value {
	if !v.IsValid() {
		panic(&reflect.ValueError{Method: "reflect.Value.MethodByName", Kind: reflect.Invalid})
	}
	i := tab.index(name)
	if i < 0 {
		return reflect.Value{}
	}
	return tab[i].Bind(v)
}

// ValueNumMethod is reflect.Value's NumMethod.
func ValueNumMethod(v reflect.Value, tab MethodTable) int {
	if !v.IsValid() {
		panic(&reflect.ValueError{Method: "reflect.Value.NumMethod", Kind: reflect.Invalid})
	}
	return len(tab)
}

// PanicWrap is the panic of Go's wrapper of a method of T called on a nil
// *T (runtime.panicwrap): the method has a value receiver.
func PanicWrap(pkg, typ, method string) error {
	return runtimeErr("value method " + pkg + "." + typ + "." + method + " called using nil *" + typ + " pointer")
}
