// A receive stores its value wherever the assignment says: an element, a
// field, a pointer's target, a variable whose address was taken, a result.
package main

import "fmt"

type result struct{ worker, sum int }

func first(c <-chan int) int { return <-c }

func main() {
	outs := make([]chan int, 3)
	for i := range outs {
		outs[i] = make(chan int, 1)
		go func() { outs[i] <- (i + 1) * 10 }()
	}
	xs := make([]int, len(outs))
	for i := range outs {
		xs[i] = <-outs[i]
	}
	fmt.Println("elements:", xs)

	c := make(chan int, 8)
	for i := 1; i <= 8; i++ {
		c <- i
	}
	var r result
	r.sum = <-c
	pr := &result{}
	pr.worker = <-c
	p := new(int)
	*p = <-c
	var arr [2]int
	arr[1] = <-c
	fmt.Println("field:", r.sum, "through pointer:", pr.worker, "target:", *p, "array:", arr)

	x := 0
	alias := &x
	x = <-c
	fmt.Println("variable and its address:", x, *alias)

	fmt.Println("returned:", first(c), first(c))
}
