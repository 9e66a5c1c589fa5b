package main

import (
	"errors"
	"fmt"
)

// Constants and variables named like predeclared identifiers, in a program
// whose lowering inserts code that means Go's own (its helpers name int64,
// error, len, nil and true): the runner refused it; it now renames them.

const (
	int64 = 64
	error = "an error"
	true  = false
	iota  = 7
	next  = iota + 1
)

var len = 3

var nil = []string{"n", "i", "l"}

type pair struct{ a, b int }

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
	}()
	fmt.Println(int64, error, true, iota, next, len, nil)
	fmt.Printf("%+v %v\n", pair{len, int64}, errors.New(error))
	m := map[any]int{}
	m[pair{1, 2}] = len
	fmt.Println(m[pair{1, 2}])
	var s []int
	_ = s[len]
}
