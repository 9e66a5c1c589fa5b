// A select case that receives into a slice element: the runner cannot store
// it there, so it refuses the program rather than leave the element as it
// was.
package main

import "fmt"

func main() {
	c := make(chan int, 1)
	c <- 4
	xs := []int{0, 0}
	select {
	case xs[1] = <-c:
	}
	fmt.Println(xs)
}
