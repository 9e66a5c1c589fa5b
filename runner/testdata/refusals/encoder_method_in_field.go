// encoding/json calls a MarshalJSON method of a field's type by
// reflection, which the interpreter's types do not carry: refused rather
// than encoded without it.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Upper string

func (u Upper) MarshalJSON() ([]byte, error) { return json.Marshal(strings.ToUpper(string(u))) }

type Rec struct {
	Name Upper `json:"name"`
}

func main() {
	out, err := json.Marshal(Rec{"bob"})
	fmt.Println(string(out), err)
}
