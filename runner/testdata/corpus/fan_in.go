package main

import (
	"fmt"
	"slices"
	"sync"
	"time"
)

func producer(name string, n int, d time.Duration) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for i := range n {
			time.Sleep(d)
			out <- fmt.Sprintf("%s-%d", name, i)
		}
	}()
	return out
}

func merge(chans ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	for _, c := range chans {
		wg.Go(func() {
			for v := range c {
				out <- v
			}
		})
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func main() {
	var got []string
	for v := range merge(producer("a", 2, 30*time.Millisecond), producer("b", 3, 20*time.Millisecond)) {
		got = append(got, v)
	}
	slices.Sort(got)
	fmt.Println(got)
}
