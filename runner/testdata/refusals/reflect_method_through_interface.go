package main

import (
	"fmt"
	"io"
	"reflect"
)

type dots struct{}

func (dots) Close() error { return nil }

func (dots) Read(p []byte) (int, error) { return 0, io.EOF }

// A value of the program's held by a library interface reaches reflect
// wrapped with the interface's methods only: NumMethod would say 1, Go 2.
func main() {
	var r io.Reader = dots{}
	fmt.Println(reflect.TypeOf(r).NumMethod())
}
