// encoding/xml names an element after the value's type, which the
// interpreter's types do not carry: refused, with the field that names it.
package main

import (
	"encoding/xml"
	"fmt"
)

type Point struct {
	X int `xml:"x"`
}

func main() {
	data, err := xml.Marshal(Point{1})
	fmt.Println(string(data), err)
}
