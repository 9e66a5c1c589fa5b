// Select cases that receive into variables declared outside the select,
// with statements of their own or none, and into new ones. The channel
// expressions span lines, as gofmt leaves long calls.
package main

import "fmt"

func pick(chs []chan int, i int) chan int { return chs[i] }

func main() {
	results := []chan int{make(chan int, 4)}
	for i := 1; i <= 4; i++ {
		results[0] <- i * i
	}
	var last int
	select {
	case last = <-pick(
		results, 0,
	):
	}
	fmt.Println("first:", last)
	select {
	case last = <-pick(
		results, 0,
	):
		fmt.Println("in the case:", last)
		results[0] = nil
	}
	fmt.Println("after the case:", last, "channel dropped:", results[0] == nil)
	results[0] = make(chan int, 4)
	results[0] <- 9
	results[0] <- 16
	select {
	case v := <-pick(
		results, 0,
	):
		fmt.Println("second:", v)
	}
	close(results[0])
	var ok bool
	for i := 0; i < 2; i++ {
		select {
		case last, ok = <-pick(
			results, 0,
		):
		}
		fmt.Println("then:", last, ok)
	}
}
