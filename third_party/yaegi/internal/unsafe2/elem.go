//go:build go1.21
// +build go1.21

package unsafe2

import (
	"fmt"
	"reflect"
	"unsafe"
)

// abiElemType is the layout of internal/abi's PtrType, SliceType and
// ChanType, which all begin with the element type.
type abiElemType struct {
	abiType
	Elem *abiType
}

// abiFuncType is the layout of internal/abi's FuncType. reflect.FuncOf
// stores the parameter and result types right behind it (behind the
// uncommon type if the type has one).
type abiFuncType struct {
	abiType
	InCount  uint16
	OutCount uint16
}

// abiUncommonType is the size of internal/abi's UncommonType.
type abiUncommonType struct {
	_ int32
	_ uint16
	_ uint16
	_ uint32
	_ uint32
}

const tflagUncommon = 1 << 0 // internal/abi.TFlagUncommon

// SetElem sets the element type of the pointer, slice or channel type s,
// which is old, to e: this is how a type that contains itself (type T
// []T) is made from one made of a stand-in for itself. s must be a type
// of its own, made at run time of a stand-in no other type uses, and
// nothing of type s may exist yet (its layout does not depend on its
// element, but what it points to does). The change is checked: an error
// says the layout is not the expected one, and then s is left unchanged.
func SetElem(s, old, e reflect.Type) error {
	switch s.Kind() {
	case reflect.Ptr, reflect.Slice, reflect.Chan:
	default:
		return fmt.Errorf("unsafe2.SetElem: %v is not a pointer, slice or channel type", s)
	}
	if s.Elem() != old {
		return fmt.Errorf("unsafe2.SetElem: the element of %v is not %v", s, old)
	}
	p := (*abiElemType)(unsafe.Pointer(unpackType(s)))
	if p.Elem != unpackType(old) {
		return fmt.Errorf("unsafe2.SetElem: %v does not have the layout of Go's element types", s)
	}
	p.Elem = unpackType(e)
	if s.Elem() != e {
		return fmt.Errorf("unsafe2.SetElem: %v did not take its new element type", s)
	}
	return nil
}

// SetFuncParam sets the type of the parameter i (i < s.NumIn()) or of
// the result i-s.NumIn() of the function type s, made by reflect.FuncOf,
// which is old, to e. As for SetElem, s must be a type of its own, and the
// change is checked.
func SetFuncParam(s reflect.Type, i int, old, e reflect.Type) error {
	if s.Kind() != reflect.Func || i < 0 || i >= s.NumIn()+s.NumOut() {
		return fmt.Errorf("unsafe2.SetFuncParam: %v has no parameter or result %d", s, i)
	}
	at := func(i int) reflect.Type {
		if i < s.NumIn() {
			return s.In(i)
		}
		return s.Out(i - s.NumIn())
	}
	if at(i) != old {
		return fmt.Errorf("unsafe2.SetFuncParam: parameter %d of %v is not %v", i, s, old)
	}
	f := (*abiFuncType)(unsafe.Pointer(unpackType(s)))
	if int(f.InCount) != s.NumIn() || int(f.OutCount&(1<<15-1)) != s.NumOut() {
		return fmt.Errorf("unsafe2.SetFuncParam: %v does not have the layout of Go's function types", s)
	}
	off := unsafe.Sizeof(*f)
	if f.TFlag&tflagUncommon != 0 {
		off += unsafe.Sizeof(abiUncommonType{})
	}
	slot := (**abiType)(unsafe.Add(unsafe.Pointer(f), off+uintptr(i)*unsafe.Sizeof((*abiType)(nil))))
	if *slot != unpackType(old) {
		return fmt.Errorf("unsafe2.SetFuncParam: %v does not have the layout of Go's function types", s)
	}
	*slot = unpackType(e)
	if at(i) != e {
		return fmt.Errorf("unsafe2.SetFuncParam: %v did not take its new parameter type", s)
	}
	return nil
}
