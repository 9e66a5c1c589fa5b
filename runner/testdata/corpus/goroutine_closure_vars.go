package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	out := make([]string, 3)
	for i, word := range []string{"alpha", "beta", "gamma"} {
		delay := time.Duration(3-i) * 10 * time.Millisecond
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(delay)
			out[i] = fmt.Sprintf("%d:%s:%v", i, word, delay)
		}()
	}
	wg.Wait()
	fmt.Println(out)
}
