// A switch on an interface value compares each case as == does: the
// dynamic type and value, with no conversion of the tag to the case's type.
package main

import "fmt"

type T struct{ a int }

func kind(i interface{}) string {
	switch i {
	case nil:
		return "nil"
	case 42:
		return "42"
	case "hello":
		return "hello"
	case T{1}:
		return "T1"
	case 1.5:
		return "1.5"
	}
	return "other"
}

func main() {
	fmt.Println(kind(nil), kind(42), kind("hello"), kind(T{1}), kind(T{2}), kind(1.5), kind(int8(42)))
	var e error
	switch e {
	case nil:
		fmt.Println("nil error")
	}
	x := 3
	switch interface{}(x) {
	case 3:
		fmt.Println("three")
	}
}
