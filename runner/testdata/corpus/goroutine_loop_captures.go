package main

import (
	"fmt"
	"sync"
)

type Task struct {
	ID     int
	Weight int
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	evens, odds := 0, 0
	for i := 0; i < 200; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			if i%2 == 0 {
				evens++
			} else {
				odds++
			}
		}()
	}
	wg.Wait()
	fmt.Println(evens, odds)
	tasks := make([]Task, 50)
	for i := range tasks {
		tasks[i] = Task{ID: i, Weight: i * 3}
	}
	total := 0
	results := make(chan int)
	for _, t := range tasks {
		go func() {
			results <- t.Weight - t.ID*2
		}()
	}
	for range tasks {
		total += <-results
	}
	fmt.Println(total)
	var counter struct {
		sync.Mutex
		n map[string]int
	}
	counter.n = map[string]int{}
	for _, w := range []string{"a", "b", "a", "c", "a"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			counter.Lock()
			counter.n[w]++
			counter.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(counter.n)
}
