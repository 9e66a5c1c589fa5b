// reflect's method of *T declared on T, called on a nil *T: Go's wrapper
// panics with "value method main.T.Get called using nil *T pointer"; a
// method promoted through a nil embedded pointer dereferences it.
package main

import (
	"fmt"
	"reflect"
)

type T struct{ x int }

func (t T) Get() int { return t.x }

type E struct{ *T }

func try(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
		_, isErr := r.(error)
		fmt.Println(isErr)
	}()
	f()
}

func main() {
	var p *T
	m, _ := reflect.TypeOf(p).MethodByName("Get")
	try(func() { m.Func.Call([]reflect.Value{reflect.ValueOf(p)}) })
	try(func() { reflect.ValueOf(p).Method(0).Call(nil) })
	try(func() { reflect.ValueOf(&E{}).Method(0).Call(nil) })
	var e *E
	try(func() { reflect.ValueOf(e).Method(0).Call(nil) })
	fmt.Println(reflect.ValueOf(&T{4}).Method(0).Call(nil)[0])
}
