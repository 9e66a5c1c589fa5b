// main waits for a value nobody sends: the runtime reports a deadlock.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		time.Sleep(200 * time.Millisecond)
		fmt.Println("helper leaves without sending")
	}()
	fmt.Println("waiting")
	<-ch
}
