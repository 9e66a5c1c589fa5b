package main

import (
	_ "embed"
	"fmt"
)

//go:embed embed_directive.txt
var refusal string

func main() {
	fmt.Print(refusal)
}
