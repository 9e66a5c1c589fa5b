// Three workers take turns holding a mutex for 100ms each.
package main

import (
	"fmt"
	"sync"
	"time"
)

func worker(id int, mu *sync.Mutex, wg *sync.WaitGroup) {
	defer wg.Done()
	mu.Lock()
	fmt.Println("worker", id, "has the lock")
	time.Sleep(100 * time.Millisecond)
	mu.Unlock()
}

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(i, &mu, &wg)
		time.Sleep(time.Millisecond)
	}
	wg.Wait()
	fmt.Println("all done")
}
