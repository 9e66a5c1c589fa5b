package main

import (
	"fmt"
	"reflect"
)

// EncodeValue is the value that the lowering hands encoding/json in place
// of v (json.Marshal(__rt.EncodeValue(v)), internal/lower/encodermethods.go):
// v with every value of the program's types that sits in an interface
// (an element of a []any, a value of a map[string]any) unwrapped from the
// interpreter's wrapper, whose fields json would encode as {}. Containers
// that hold such values are copied; the rest is v itself. A value whose type
// has its own MarshalJSON or MarshalText method, which the interpreter
// cannot call from the encoder, becomes one whose MarshalJSON fails saying
// so, rather than encode without it.
func EncodeValue(v any) any {
	if v == nil {
		return nil
	}
	out := encodeValue(reflect.ValueOf(v), 0)
	if !out.IsValid() {
		return nil
	}
	return out.Interface()
}

// encodeDepthLimit stops the walk of a value that contains itself, which
// the encoder rejects anyway.
const encodeDepthLimit = 1000

func encodeValue(v reflect.Value, depth int) reflect.Value {
	if !v.IsValid() || depth > encodeDepthLimit {
		return v
	}
	v, name, method := heldValue(v, "MarshalJSON", "MarshalText")
	if method != "" {
		return reflect.ValueOf(encodeRefusal{fmt.Sprintf("the interpreter cannot call the %s method of %s, held in an interface, from encoding/json; encode the %s itself", method, name, name)})
	}
	if !v.IsValid() {
		return v
	}
	switch v.Kind() {
	case reflect.Struct:
		if !mayHoldWrapped(v.Type()) {
			return v
		}
		c := reflect.New(v.Type()).Elem()
		c.Set(v)
		for i := range c.NumField() {
			if f := c.Field(i); f.CanSet() {
				setEncoded(f, encodeValue(f, depth+1))
			}
		}
		return c
	case reflect.Pointer:
		if v.IsNil() || !mayHoldWrapped(v.Type().Elem()) {
			return v
		}
		p := reflect.New(v.Type().Elem())
		setEncoded(p.Elem(), encodeValue(v.Elem(), depth+1))
		return p
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() || !mayHoldWrapped(v.Type().Elem()) {
			return v
		}
		var c reflect.Value
		if v.Kind() == reflect.Slice {
			c = reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		} else {
			c = reflect.New(v.Type()).Elem()
		}
		for i := range v.Len() {
			setEncoded(c.Index(i), encodeValue(v.Index(i), depth+1))
		}
		return c
	case reflect.Map:
		if v.IsNil() || !mayHoldWrapped(v.Type().Elem()) {
			return v
		}
		c := reflect.MakeMapWithSize(v.Type(), v.Len())
		it := v.MapRange()
		for it.Next() {
			e := reflect.New(v.Type().Elem()).Elem()
			setEncoded(e, encodeValue(it.Value(), depth+1))
			c.SetMapIndex(it.Key(), e)
		}
		return c
	}
	return v
}

// setEncoded stores e, the encoded form of dst's value, in dst: as it is in
// an interface, converted where the walk unwrapped it to another type.
func setEncoded(dst, e reflect.Value) {
	switch {
	case !e.IsValid():
		dst.SetZero()
	case e.Type().AssignableTo(dst.Type()):
		dst.Set(e)
	case e.Type().ConvertibleTo(dst.Type()):
		dst.Set(e.Convert(dst.Type()))
	}
}

// encodeRefusal encodes as an error.
type encodeRefusal struct{ msg string }

func (e encodeRefusal) MarshalJSON() ([]byte, error) { return nil, fmt.Errorf("%s", e.msg) }
