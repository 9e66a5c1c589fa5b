package main

import "fmt"

// v, ok = m[k] for a missing key sets v to the element type's zero value,
// whatever v held before; into a variable of an interface type of the
// program, that zero value is wrapped as any assignment would wrap it.

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type stringer interface{ String() string }

func main() {
	m := map[int]int{1: 10}
	x := 5
	var ok bool
	x, ok = m[9]
	fmt.Println(x, ok)
	x, ok = m[1]
	fmt.Println(x, ok)

	s := "keep"
	s, ok = map[string]string{}["k"]
	fmt.Printf("%q %v\n", s, ok)

	var e error = fmt.Errorf("old")
	e, ok = map[int]error{}[1]
	fmt.Println(e, ok)

	temps := map[string]celsius{"oslo": -3.5}
	var st stringer
	st, ok = temps["rome"]
	fmt.Println(st.String(), ok)
	st, ok = temps["oslo"]
	fmt.Println(st.String(), ok)
	k := "oslo"
	st, ok = temps[k]
	fmt.Println(st.String(), ok)
}
