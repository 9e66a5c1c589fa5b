// A unary operation (!, -, ^) whose result goes to an interface, by an
// assignment or a return, computes its operand's type, then boxes it.
package main

import "fmt"

type S struct{ n int }

func flip(a interface{}) interface{} { return !a.(bool) }

func neg(a interface{}) (interface{}, error) { return -a.(int), nil }

func main() {
	fmt.Println(flip(true))
	fmt.Println(neg(3))
	a := interface{}(false)
	for i := 0; i < 3; i++ {
		a = !a.(bool)
		fmt.Println(a)
	}
	var n interface{} = 5
	n = -n.(int)
	fmt.Println(n)
	n = ^n.(int)
	fmt.Println(n)
	x := 7
	var p interface{}
	p = &x
	*p.(*int) = 8
	fmt.Println(x)
	var s interface{} = S{3}
	s = -s.(S).n
	fmt.Println(s)
}
