// Two goroutines take two mutexes in opposite orders: a deadlock whose last
// waits begin at the moment the runtime reports it.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var a, b sync.Mutex
	var wg sync.WaitGroup
	wg.Go(func() {
		a.Lock()
		fmt.Println("first: holds a, wants b")
		time.Sleep(100 * time.Millisecond)
		b.Lock()
	})
	wg.Go(func() {
		time.Sleep(10 * time.Millisecond)
		b.Lock()
		fmt.Println("second: holds b, wants a")
		time.Sleep(100 * time.Millisecond)
		a.Lock()
	})
	wg.Wait()
}
