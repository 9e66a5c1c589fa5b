// Values of the program's types held in interfaces of other packages
// (fmt.Stringer, io.Reader, error) print as Go prints them: fmt looks at
// the dynamic value, so Error wins over String, and %T and %+v name the
// program's type.
package main

import (
	"fmt"
	"io"
	"strings"
)

type Both struct{ n int }

func (b Both) String() string { return fmt.Sprint("string ", b.n) }
func (b Both) Error() string  { return fmt.Sprint("error ", b.n) }

type source struct {
	name string
	r    io.Reader
}

func (s *source) Read(p []byte) (int, error) { return s.r.Read(p) }

func main() {
	var st fmt.Stringer = Both{1}
	fmt.Println(st)
	fmt.Printf("%v %s %T\n", st, st, st)
	fmt.Printf("%v %s\n", fmt.Stringer(Both{2}), Both{2})

	var r io.Reader = &source{name: "in", r: strings.NewReader("x")}
	fmt.Printf("%T %+v\n", r, r.(*source).name)
	list := []fmt.Stringer{Both{3}, Both{4}}
	fmt.Println(list)
}
