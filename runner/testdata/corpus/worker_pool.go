package main

import (
	"fmt"
	"sort"
	"time"
)

type result struct {
	job, worker, value int
}

func main() {
	jobs := make(chan int)
	results := make(chan result)
	for w := range 3 {
		go func() {
			for j := range jobs {
				time.Sleep(time.Duration(j) * 10 * time.Millisecond)
				results <- result{j, w, j * 2}
			}
		}()
	}
	go func() {
		for j := range 6 {
			jobs <- j
		}
		close(jobs)
	}()
	var all []result
	for range 6 {
		all = append(all, <-results)
	}
	sort.Slice(all, func(a, b int) bool { return all[a].job < all[b].job })
	for _, r := range all {
		fmt.Println("job", r.job, "=", r.value)
	}
}
