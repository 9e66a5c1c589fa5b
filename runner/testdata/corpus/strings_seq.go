package main

import (
	"fmt"
	"strings"
)

func main() {
	text := "first line\nsecond line\nthird"
	for line := range strings.Lines(text) {
		fmt.Printf("%q\n", line)
	}
	for field := range strings.FieldsSeq("  a  b   c ") {
		fmt.Print("[", field, "]")
	}
	fmt.Println()
	n := 0
	for part := range strings.SplitSeq("x,y,z,w", ",") {
		if part == "z" {
			break
		}
		n++
	}
	fmt.Println("before z:", n)
}
