// encoding/json on the program's values: a struct's unexported fields are
// not encoded, values of the program's types in a []any or a map[string]any
// are encoded by their fields, and a type's own MarshalJSON is called on a
// value of it.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type User struct {
	Name   string   `json:"name"`
	secret string   // unexported: never encoded
	Tags   []string `json:"tags,omitempty"`
}

func (u User) Greeting() string { return "hi " + u.Name }

type Upper string

func (u Upper) MarshalJSON() ([]byte, error) { return json.Marshal(strings.ToUpper(string(u))) }

func load() any { return User{Name: "cy"} }

func main() {
	out, err := json.Marshal(User{"ann", "s", nil})
	fmt.Println(string(out), err)
	u := User{Name: "bob", Tags: []string{"x"}}
	var a any = u
	out, _ = json.Marshal(map[string]any{"lit": User{Name: "dee"}, "var": u, "any": a, "ret": load()})
	fmt.Println(string(out))
	out, _ = json.Marshal([]any{u, 1, "s"})
	fmt.Println(string(out))
	out, err = json.Marshal(Upper("shout"))
	fmt.Println(string(out), err)
	var back User
	err = json.Unmarshal([]byte(`{"name":"eve","secret":"no"}`), &back)
	fmt.Printf("%+v %v\n", back, err)
}
