// A declared function returned as an interface{} (here by itself) is a
// func value: a type switch or a type assertion finds its func type.
package main

import "fmt"

func pick(i int) interface{} {
	switch i {
	case 0:
		return pick
	case 1:
		return fmt.Sprint
	}
	return i
}

func main() {
	for i := 0; i < 3; i++ {
		switch x := pick(i).(type) {
		case func(int) interface{}:
			fmt.Println("pick", x(2))
		case func(...any) string:
			fmt.Println("sprint", x("a", 1))
		default:
			fmt.Println("other", x)
		}
	}
	_, ok := pick(0).(func(int) interface{})
	fmt.Println(ok)
}
