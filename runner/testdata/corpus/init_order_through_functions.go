// A package variable whose initializer calls a function is initialized
// after the variables that function (or one it calls) uses, as Go orders
// them, whatever their order in the file.
package main

import "fmt"

var n = compute()

var called = false

var count = 10

func compute() int {
	called = true
	bump()
	return 40
}

func bump() { count++ }

var total = sum()

func sum() int { return n + count }

func main() {
	fmt.Println(n, called, count, total)
}
