// A panic in nested calls and methods: the traceback's frames.
package main

import "fmt"

type T struct{}

func (T) method(n int) {
	if n == 0 {
		panic("boom")
	}
	inner(n - 1)
}

func inner(n int) {
	var t T
	t.method(n)
}

func main() {
	fmt.Println("start")
	inner(2)
}
