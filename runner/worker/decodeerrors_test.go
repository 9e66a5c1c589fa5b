package main

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type decodeBase struct {
	ID int `json:"id"`
}

type decodePoint struct{ X, Y int }

type decodeShape struct {
	decodeBase
	Name   string        `json:"name"`
	Points []decodePoint `json:"points"`
	Skip   decodePoint   `json:"-"`
	Meta   map[string]*decodePoint
}

func TestStructOfPath(t *testing.T) {
	shape, point := reflect.TypeFor[decodeShape](), reflect.TypeFor[decodePoint]()
	for _, tc := range []struct {
		path string
		want reflect.Type // nil: not found
	}{
		{"name", shape},
		{"points.Y", point},
		{"Meta.X", point},
		{"decodeBase.id", shape}, // an embedded struct's fields are the outer object's
		{"Skip.X", nil},
		{"nope", nil},
		{"name.x", nil},
	} {
		t.Run(tc.path, func(t *testing.T) {
			got, ok := structOfPath(reflect.PointerTo(shape), strings.Split(tc.path, "."))
			assert.Equal(t, tc.want != nil, ok)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestDecodeErrorNamesTheStruct(t *testing.T) {
	// Compiled types keep their names: the table is what the lowering
	// writes for types that lost theirs, here under a made-up name.
	type anon = struct{ N int }
	var v struct{ In anon }
	err := json.Unmarshal([]byte(`{"In": {"N": "x"}}`), &v)
	require.Error(t, err)
	tab := DecodeTypes{Target: reflect.TypeOf(&v), Structs: []DecodeStruct{{Type: reflect.TypeFor[anon](), Name: "Inner"}}}
	assert.EqualError(t, DecodeError(err, tab), "json: cannot unmarshal string into Go struct field Inner.In.N of type int")
	other := DecodeTypes{Target: reflect.TypeOf(&v)}
	err = json.Unmarshal([]byte(`{"In": {"N": "x"}}`), &v)
	assert.EqualError(t, DecodeError(err, other), "json: cannot unmarshal string into Go struct field .In.N of type int", "a struct the table lacks keeps its empty name")
}
