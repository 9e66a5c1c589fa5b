// A tuple assignment evaluates every operand on the right, and the index
// operands on the left, before it stores anything.
package main

import "fmt"

var hits, seen [2]int

func record(i int) int {
	hits[i]++
	seen[i]++
	return 10 + i
}

func next(n int) int { return n + 1 }

func main() {
	hits[1], seen[0] = record(0), record(1)
	fmt.Println("hits:", hits, "seen:", seen)

	a, c := 3, 4
	var want, got int
	want, got = a+c, next(a)
	fmt.Println("want:", want, "got:", got)

	sent, recv := 1, 2
	sent, recv = recv, sent
	fmt.Println("swapped:", sent, recv)

	xs := []int{1, 2, 3}
	k := 0
	k, xs[k] = 1, 9
	fmt.Println("k:", k, "xs:", xs)

	lo, hi := 5, 6
	lo, hi = hi+lo, lo*2
	fmt.Println("lo:", lo, "hi:", hi)
}
