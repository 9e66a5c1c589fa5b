// reflect's Method on a reflect.Type whose type the lowering cannot
// follow (a parameter): the interpreter's types have no methods, so it is
// refused rather than answered with none.
package main

import (
	"fmt"
	"reflect"
)

type T struct{}

func (T) M() {}

func first(t reflect.Type) string { return t.Method(0).Name }

func main() {
	fmt.Println(first(reflect.TypeOf(T{})))
}
