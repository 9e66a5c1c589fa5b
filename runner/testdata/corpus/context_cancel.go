package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func worker(ctx context.Context, id int, wg *sync.WaitGroup, report []string) {
	defer wg.Done()
	for n := 0; ; n++ {
		select {
		case <-ctx.Done():
			report[id-1] = fmt.Sprintf("worker %d stopped after %d steps: %v", id, n, ctx.Err())
			return
		case <-time.After(time.Duration(id) * 100 * time.Millisecond):
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	report := make([]string, 2)
	for id := 1; id <= 2; id++ {
		wg.Add(1)
		go worker(ctx, id, &wg, report)
	}
	time.Sleep(450 * time.Millisecond)
	cancel()
	wg.Wait()
	for _, r := range report {
		fmt.Println(r)
	}
}
