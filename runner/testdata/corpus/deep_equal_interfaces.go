// reflect.DeepEqual of values of the program's types held in interfaces:
// equal when their types and values are, however they were stored.
package main

import (
	"fmt"
	"reflect"
)

type S struct{ A, B int }

func (S) M() {}

type C float64
type F float64

func (C) M() {}
func (F) M() {}

type Same struct{ a, b any }

var a1 = S{1, 2}
var b1 = S{B: 2, A: 1}

func main() {
	same := []Same{{a1, b1}, {C(1), F(1)}, {C(1), C(1)}, {[]any{S{1, 2}}, []any{a1}}}
	for i, s := range same {
		fmt.Println(i, reflect.DeepEqual(s.a, s.b))
	}
	var x, y any = a1, S{1, 2}
	fmt.Println(reflect.DeepEqual(x, y), reflect.DeepEqual(map[string]any{"k": x}, map[string]any{"k": y}))
	fmt.Println(reflect.DeepEqual(S{1, 2}, S{1, 3}), reflect.DeepEqual([]int{1}, []int{1}))
}
