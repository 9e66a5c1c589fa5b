package main

import "fmt"

func main() {
	// The index of a range over a string is each rune's byte offset; an
	// invalid byte is one utf8.RuneError, one byte long.
	for i, c := range "h\u00e9\xffllo" {
		fmt.Print(i, ":", c, " ")
	}
	fmt.Println()
	for i := range "h\u00e9llo" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var i int
	var c rune
	s := "\xca\xfe\u0123"
	for i, c = range s {
		s = "changed" // the range is over the string it started with
		fmt.Print(i, ":", c, " ")
	}
	fmt.Println(i, c)
	n := 0
	for range "a\xed\xa0\x80a" {
		n++
	}
	fmt.Println(n)
}
