// A method value evaluates its receiver where it is made: through a nil
// embedded pointer it panics there, and a value receiver is copied then,
// so a later change of the variable does not reach the method value.
package main

import "fmt"

type Inner struct{ n int }

func (i Inner) Get() int  { return i.n }
func (i *Inner) Ptr() int { return i.n }
func (i Inner) Bump() int { i.n++; return i.n }

type Outer struct{ *Inner }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "panics:", recover()) }()
	f()
}

func main() {
	var f func() int
	try("nil embedded, value receiver", func() { var o Outer; f = o.Get })
	try("nil embedded, pointer receiver", func() { var o Outer; f = o.Ptr; fmt.Println("made") })
	fmt.Println(f != nil)

	in := Inner{n: 1}
	get, ptr, bump := in.Get, in.Ptr, in.Bump
	in.n = 10
	fmt.Println(get(), ptr(), bump(), bump())

	o := Outer{&Inner{n: 2}}
	og := o.Get
	o.Inner.n = 20
	fmt.Println(og(), o.Get())
}
