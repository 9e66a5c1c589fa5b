package main

import "fmt"

// Defined function and channel types as type arguments of constraints
// with the terms ~func(int) int and ~chan int: yaegi compared the type
// with its name to the term ("main.Op does not implement interface{}").

type Op func(int) int

type Queue chan int

type Ints []int

func apply[F interface{ ~func(int) int }](f F, x int) int { return f(x) }

func push[C interface{ ~chan int }](c C, vs ...int) {
	for _, v := range vs {
		c <- v
	}
	close(c)
}

func total[S interface{ ~[]int }](s S) (t int) {
	for _, v := range s {
		t += v
	}
	return t
}

func main() {
	double := Op(func(x int) int { return 2 * x })
	fmt.Println(apply(double, 21), apply[Op](double, 1))
	q := make(Queue, 3)
	push(q, 1, 2, 3)
	var got Ints
	for v := range q {
		got = append(got, v)
	}
	fmt.Println(got, total(got))
}
