// A method called on a nil interface value, of the program's interface or
// of a library's, or promoted through a nil pointer, is the runtime's nil
// dereference.
package main

import (
	"fmt"
	"io"
)

type Shape interface{ Area() float64 }

type Box struct{ Shape }

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

func main() {
	try("error", func() {
		var e error
		_ = e.Error()
	})
	try("stringer", func() {
		var s fmt.Stringer
		_ = s.String()
	})
	try("reader", func() {
		var r io.Reader
		r.Read(nil)
	})
	try("method value", func() {
		var s Shape
		f := s.Area
		fmt.Println("made")
		f()
	})
	try("embedded nil", func() {
		var b Box
		b.Area()
	})
	try("nil ptr method", func() {
		var b *Box
		b.Area()
	})
}
