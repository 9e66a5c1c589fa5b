// encoding/xml on the program's values: an element named by an XMLName
// field, unexported fields not encoded.
package main

import (
	"encoding/xml"
	"fmt"
)

type A struct {
	XMLName xml.Name `xml:"A"`
	Name    string   `xml:"name"`
	Data    int      `xml:"data"`
	secret  string
}

func main() {
	src := &A{Name: "name", Data: 1, secret: "s"}
	data, err := xml.Marshal(src)
	fmt.Println(string(data), err)
	dst := &A{}
	err = xml.Unmarshal(data, dst)
	fmt.Println(dst.Name, dst.Data, err)
}
