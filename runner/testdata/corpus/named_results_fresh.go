// A function's named results start at their zero values at every call, even
// when the caller assigns the result to a variable that holds a value.
package main

import (
	"fmt"
	"strconv"
)

type id int

func (i id) String() string { return "#" + strconv.Itoa(int(i)) }

func names[T fmt.Stringer](xs []T) (out []string) {
	for _, x := range xs {
		out = append(out, x.String())
	}
	return out
}

func labels(xs []int) (out []string) {
	for _, x := range xs {
		out = append(out, strconv.Itoa(x))
	}
	return
}

func total(xs ...int) (sum int) {
	for _, x := range xs {
		sum += x
	}
	return sum
}

func main() {
	got := names([]id{1, 2})
	got = names([]id{3})
	fmt.Println("generic:", got)

	got = labels([]int{4, 5})
	got = labels([]int{6})
	fmt.Println("plain:", got)

	n := total(1, 2, 3)
	n = total(10)
	fmt.Println("sum:", n)
}
