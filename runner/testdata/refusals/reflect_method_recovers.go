// reflect's Method on a type whose method calls recover: the function the
// lowering gives for the method calls it, where Go's reflect calls it
// directly, so the recover would not stop a deferred panic.
package main

import (
	"fmt"
	"reflect"
)

type T struct{}

func (*T) M() { fmt.Println("recovered:", recover()) }

func main() {
	defer reflect.TypeOf(&T{}).Method(0).Func.Interface().(func(*T))(&T{})
	panic(1)
}
