package main

import (
	"fmt"
	"strings"
)

type Reader interface {
	Read() string
}

type Writer interface {
	Write(s string)
}

type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct {
	data []string
}

func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

func (b *Buffer) Write(s string) { b.data = append(b.data, s) }

type Animal struct {
	Name string
}

func (a Animal) Speak() string { return a.Name + " makes a sound" }
func (a Animal) Describe() string {
	return "animal " + a.Name
}

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Speak() string { return d.Name + " barks" }

type Logger struct {
	*strings.Builder
	prefix string
}

func (l Logger) Log(s string) { l.WriteString(l.prefix + s + "\n") }

func main() {
	var rw ReadWriter = &Buffer{}
	rw.Write("hello")
	rw.Write("world")
	fmt.Println(rw.Read(), rw.Read(), rw.Read() == "")
	var r Reader = rw
	_, isWriter := r.(Writer)
	fmt.Println("reader is writer:", isWriter)
	d := Dog{Animal{"Rex"}, "lab"}
	fmt.Println(d.Speak())
	fmt.Println(d.Animal.Speak())
	fmt.Println(d.Describe(), d.Name)
	fmt.Printf("%v %+v\n", d, d)
	speakers := []interface{ Speak() string }{d, d.Animal}
	for _, s := range speakers {
		fmt.Println(s.Speak())
	}
	l := Logger{&strings.Builder{}, "> "}
	l.Log("one")
	l.Log("two")
	fmt.Print(l.String())
	speak := d.Speak
	d.Name = "Max"
	fmt.Println(speak(), d.Speak())
}
