package main

import "fmt"

// badSeq ignores yield's result: it keeps calling yield after the loop's
// body asked it to stop, which the runtime reports as a panic.
func badSeq(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		yield(i)
	}
}

func main() {
	for x := range badSeq {
		fmt.Println("body", x)
		if x == 0 {
			break
		}
	}
	fmt.Println("not reached")
}
