package main

import "fmt"

// A value converted to an interface inside a generic function, where the
// lowering leaves the conversion to the interpreter: I(J(x)) and I(x)
// keep x's dynamic type, which a type switch and an assertion find.

type I interface{ foo() }

type J interface {
	foo()
	bar()
}

type S struct{ x int }

func (s *S) foo() {}
func (s *S) bar() {}

type N int

func (N) foo() {}
func (N) bar() {}

func twice[T J](x T) I { return I(J(x)) }

func once[T J](x T) I { return I(x) }

func kind(i I) string {
	switch v := i.(type) {
	case *S:
		return fmt.Sprintf("*S %d", v.x)
	case N:
		return fmt.Sprintf("N %d", v)
	}
	return "other"
}

func main() {
	i := twice(&S{x: 7})
	fmt.Println(i.(*S).x, kind(i))
	i = once(&S{x: 8})
	fmt.Println(i.(*S).x, kind(i))
	i = twice(N(9))
	_, isS := i.(*S)
	fmt.Println(isS, kind(i))
	fmt.Printf("%T %v\n", i, i)
}
