// A goroutine panics while main sleeps.
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		time.Sleep(50 * time.Millisecond)
		panic("boom")
	}()
	fmt.Println("sleeping")
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
