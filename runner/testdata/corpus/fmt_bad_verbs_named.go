// A verb wrong for a value of the program's named basic type prints the
// type's name: %!d(main.Name=x).
package main

import "fmt"

type Name string
type Celsius float64
type ID int
type Pt struct{ X, Y int }

func main() {
	fmt.Printf("%d|%x|%t\n", Name("x"), Celsius(1.5), ID(3))
	fmt.Printf("%s|%q\n", ID(7), Pt{1, 2})
	fmt.Printf("%d\n", []Name{"a"})
	fmt.Println(fmt.Sprintf("%v %+v %#v %T", Pt{1, 2}, Pt{1, 2}, Pt{1, 2}, Pt{1, 2}))
	fmt.Printf("%!\n")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
}
