package main

import (
	"encoding/json"
	"reflect"
	"strings"
)

// The interpreter builds the program's struct types with reflect, without
// names, so encoding/json's decoding errors lose them: where Go prints
// "json: cannot unmarshal string into Go struct field Opt.count of type
// int", the error's Struct is "" (json takes it from the type's Name).
// The lowering (internal/lower/decodeerrors.go) hands the result of
// json.Unmarshal and Decoder.Decode to DecodeError with a table of the
// struct types the target's type reaches, each with the name Go gives it,
// and DecodeError puts the name back, finding the struct the error's
// field path ends in as json walked it.

// DecodeStruct is a struct type of the program the decoding may reach.
type DecodeStruct struct {
	Type reflect.Type
	Name string // as reflect.Type.Name gives it in compiled Go: "Opt", "" for a struct literal type
}

// DecodeTypes are the target's type and the struct types it reaches.
type DecodeTypes struct {
	Target  reflect.Type // the static type of the value decoded into
	Structs []DecodeStruct
}

// ElemType is the type a nil pointer p points to: the lowering's tables
// name types as (*T)(nil).
func ElemType(p any) reflect.Type { return reflect.TypeOf(p).Elem() }

// DecodeError returns err with the names of the program's struct types
// the interpreter left out.
func DecodeError(err error, tab DecodeTypes) error {
	e, ok := err.(*json.UnmarshalTypeError)
	if !ok || e.Struct != "" || e.Field == "" || tab.Target == nil {
		return err
	}
	st, ok := structOfPath(tab.Target, strings.Split(e.Field, "."))
	if !ok {
		return err
	}
	for _, s := range tab.Structs {
		if s.Type == st {
			e.Struct = s.Name
			break
		}
	}
	return err
}

// structOfPath follows a json field path (names as json matches them,
// an embedded struct's by its type's name) from t, and returns the struct
// type of the JSON object the path's last name is in: the struct json was
// decoding when it failed. The fields of an embedded struct are the outer
// struct's object's.
func structOfPath(t reflect.Type, path []string) (reflect.Type, bool) {
	var obj reflect.Type
	promoted := false
	for _, name := range path {
		t = elemOf(t)
		if t.Kind() != reflect.Struct {
			return nil, false
		}
		if !promoted {
			obj = t
		}
		f, ok := jsonField(t, name)
		if !ok {
			return nil, false
		}
		promoted = f.Anonymous && f.Tag.Get("json") == ""
		t = f.Type
	}
	return obj, obj != nil
}

// elemOf is the type json decodes into through pointers, slices, arrays
// and maps.
func elemOf(t reflect.Type) reflect.Type {
	for {
		switch t.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Map:
			t = t.Elem()
		default:
			return t
		}
	}
}

// jsonField is the field of struct t that json names name: a tag's
// name, or the field's; "-" is left out.
func jsonField(t reflect.Type, name string) (reflect.StructField, bool) {
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		tagName, _, _ := strings.Cut(tag, ",")
		if tagName == "" {
			tagName = f.Name
		}
		if tagName == name {
			return f, true
		}
	}
	return reflect.StructField{}, false
}
