// //go:embed is refused at its line: run it with go run.
//
// engines: yaegi
package main

import (
	_ "embed"
	"fmt"
)

//go:embed linefilter.go
var src string

func main() {
	fmt.Println(len(src) > 0)
}
