package main

import (
	"errors"
	"fmt"
)

type Animal struct{ Name string }

func (a Animal) String() string { return "animal:" + a.Name }

type Dog struct {
	Animal
	Breed string
}

type Cat struct {
	*Animal
	Lives int
}

type BaseErr struct{ Code int }

func (e *BaseErr) Error() string { return fmt.Sprintf("base %d", e.Code) }

type NetErr struct {
	*BaseErr
	Host string
}

type Wrapper struct {
	Dog
	Extra int
}

func describe(v any) string {
	switch x := v.(type) {
	case Dog:
		return "dog " + x.Breed
	case Cat:
		return "cat " + fmt.Sprint(x.Lives)
	case fmt.Stringer:
		return "stringer " + x.String()
	}
	return "?"
}

func main() {
	d := Dog{Animal{"rex"}, "lab"}
	c := Cat{&Animal{"tom"}, 9}
	fmt.Println(d, c)
	fmt.Printf("%v | %+v | %s\n", d, d, c)
	fmt.Println(describe(d), describe(c), describe(Animal{"x"}), describe(Wrapper{d, 1}))
	var err error = &NetErr{&BaseErr{7}, "example.com"}
	fmt.Println(err)
	var be *BaseErr
	var ne *NetErr
	fmt.Println(errors.As(err, &be), errors.As(err, &ne), ne.Host, ne.Code)
	switch e := err.(type) {
	case *NetErr:
		fmt.Println("net error on", e.Host, e.Code)
	case *BaseErr:
		fmt.Println("base error")
	}
	items := []fmt.Stringer{d, c, Wrapper{d, 2}}
	fmt.Println(items)
	fmt.Printf("%v\n", []Dog{d})
}
