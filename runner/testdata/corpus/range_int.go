package main

import "fmt"

type count int64

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for range 4 {
		n++
	}
	fmt.Println("n", n)
	var c count = 2
	for i := range c {
		fmt.Printf("%d:%v ", i, i+c)
	}
	fmt.Println()
	for i := range 3 {
		i *= 10 // does not change the iterations
		fmt.Print(i, " ")
	}
	fmt.Println()
	var j int
	for j = range 5 {
	}
	fmt.Println("j", j)
}
