package main

// Types that contain themselves with methods, in type switches, struct
// fields, maps, interfaces, encoding/json and reflect.
import (
	"encoding/json"
	"fmt"
	"reflect"
)

type T []T

type F func() F

func (f F) Twice() F { return f()() }

type S chan<- S

type Box struct {
	Items T
	Next  F
}

func kind(v any) string {
	switch v.(type) {
	case T:
		return "T"
	case F:
		return "F"
	case []T:
		return "[]T"
	}
	return "other"
}

func main() {
	t := T{nil, T{nil, nil}}
	b, err := json.Marshal(t)
	fmt.Println(string(b), err)
	fmt.Println(reflect.TypeOf(t).Elem() == reflect.TypeOf(t), reflect.TypeOf(t).Kind())
	fmt.Println(kind(t), kind([]T{t}), kind(F(nil)), kind(1))
	var f F
	n := 0
	f = func() F { n++; return f }
	f.Twice()
	fmt.Println(n)
	box := Box{Items: t}
	fmt.Printf("%v %+v\n", box.Items, len(box.Items[1]))
	m := map[string]T{"a": t}
	fmt.Println(len(m["a"]), m["b"] == nil)
	ts := []T{t, nil}
	ts = append(ts, T{})
	fmt.Println(len(ts), ts[2] != nil)
	s := make(chan S, 1)
	var ss S = s
	ss <- ss
	fmt.Println(len(s))
	var a any = t
	u, ok := a.(T)
	fmt.Println(ok, len(u))
	fmt.Println(fmt.Sprint(t), fmt.Sprintf("%d", len(t[1])))
}
