package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// Decoding errors name the program's struct types, as Go names them.
type Point struct {
	X, Y int
}

type Base struct {
	ID int `json:"id"`
}

type Shape struct {
	Base
	Name   string  `json:"name"`
	Points []Point `json:"points"`
	Center *Point
	Meta   map[string]Point
}

func main() {
	var s Shape
	for _, doc := range []string{
		`{"name": 3}`,
		`{"points": [{"X": 1}, {"Y": "two"}]}`,
		`{"Center": {"X": true}}`,
		`{"Meta": {"a": {"Y": []}}}`,
		`{"id": "seven"}`,
		`{"name": "ok"}`,
	} {
		fmt.Println(json.Unmarshal([]byte(doc), &s))
	}
	dec := json.NewDecoder(strings.NewReader(`{"X": 1} {"X": "1"}`))
	for {
		var p Point
		err := dec.Decode(&p)
		if err != nil {
			var ute *json.UnmarshalTypeError
			if errors.As(err, &ute) {
				fmt.Println(err, "|", ute.Struct, ute.Field)
			}
			break
		}
		fmt.Println(p)
	}
	var anon struct {
		P Point `json:"p"`
	}
	fmt.Println(json.Unmarshal([]byte(`{"p": {"X": "x"}}`), &anon))
}
