package main

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

type job struct {
	id   int
	name string
}

func (j job) String() string { return fmt.Sprintf("job %d (%s)", j.id, j.name) }

// worker runs the same select as its siblings, at the same instants.
func worker(id int, jobs <-chan job, errs chan<- error, done <-chan struct{}, wg *sync.WaitGroup) {
	defer wg.Done()
	var nilCh chan int
	for {
		select {
		case j, ok := <-jobs:
			if !ok {
				return
			}
			time.Sleep(time.Duration(j.id) * time.Millisecond)
			if j.id%3 == 0 {
				errs <- fmt.Errorf("worker %d: %v: %w", id, j, errors.ErrUnsupported)
				continue
			}
			errs <- nil
		case <-nilCh:
			panic("a nil channel is never ready")
		case <-done:
			return
		}
	}
}

func main() {
	jobs := make(chan job)
	errs := make(chan error, 10)
	done := make(chan struct{})
	var wg sync.WaitGroup
	for id := range 3 {
		wg.Add(1)
		go worker(id, jobs, errs, done, &wg)
	}
	sent := 0
	for sent < 6 {
		select {
		case jobs <- job{sent + 1, "build"}:
			sent++
		default:
			time.Sleep(time.Millisecond)
		}
	}
	close(jobs)
	wg.Wait()
	close(errs)
	failed := 0
	for err := range errs {
		if err != nil {
			failed++
			fmt.Println(errors.Is(err, errors.ErrUnsupported))
		}
	}
	var last error
	select {
	case last = <-errs:
	default:
	}
	fmt.Println("failed:", failed, "last:", last)
}
