// A value of the program's type held in an interface of another package
// (io.Reader, io.Writer, sort.Interface) is found again by a type
// assertion and a type switch on that interface.
package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

type counting struct {
	r io.Reader
	n int
}

func (c *counting) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func kind(r io.Reader) string {
	switch x := r.(type) {
	case *counting:
		return fmt.Sprintf("counting after %d bytes", x.n)
	case *strings.Reader:
		return "strings.Reader"
	default:
		return "other"
	}
}

func main() {
	var r io.Reader = &counting{r: strings.NewReader("hello")}
	io.ReadAll(r)
	c, ok := r.(*counting)
	fmt.Println(ok, c.n)
	fmt.Println(kind(r), kind(strings.NewReader("x")))
	_, isWriter := r.(io.Writer)
	fmt.Println(isWriter)

	var s sort.Interface = byLen{"ccc", "a", "bb"}
	sort.Sort(s)
	if b, ok := s.(byLen); ok {
		fmt.Println(b)
	}
}
