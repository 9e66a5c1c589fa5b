// A map key whose dynamic type is not comparable panics with the runtime's
// error, naming the program's type.
package main

import (
	"fmt"
	"runtime"
)

type Labels struct {
	name string
	tags []string
}

func store(m map[any]int, k any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			_, isRuntime := r.(runtime.Error)
			err = fmt.Errorf("%T (runtime.Error: %v): %v", r, isRuntime, r)
		}
	}()
	m[k] = len(m)
	return nil
}

func main() {
	m := map[any]int{}
	fmt.Println(store(m, "ok"))
	fmt.Println(store(m, Labels{name: "a"}))
	fmt.Println(store(m, []int{1}))
	fmt.Println(len(m))
	m[Labels{name: "b"}] = 1
}
