// wg.Go goroutines race a timeout in a select.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	results := make(chan string)
	for _, d := range []time.Duration{100, 300} {
		wg.Go(func() {
			time.Sleep(d * time.Millisecond)
			select {
			case results <- fmt.Sprint("finished after ", d*time.Millisecond):
			case <-time.After(100 * time.Millisecond):
				fmt.Println("nobody listened after", d*time.Millisecond)
			}
		})
	}
	fmt.Println(<-results)
	wg.Wait()
}
