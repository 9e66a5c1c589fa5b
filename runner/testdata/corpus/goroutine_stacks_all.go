// runtime.Stack(buf, true) prints every goroutine of the program, with
// its wait reason and the program's frames: goroutines blocked in a
// channel receive, a send, a select, a mutex, a WaitGroup and a sleep, a
// method and a closure, and one that time.AfterFunc started.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

type server struct {
	mu   sync.Mutex
	reqs chan int
}

func (s *server) serve() {
	for range s.reqs { // nobody sends
	}
}

func (s *server) update() {
	s.mu.Lock() // main holds it
	s.mu.Unlock()
}

func wait(wg *sync.WaitGroup) {
	wg.Wait() // nobody calls Done
}

func main() {
	s := &server{reqs: make(chan int)}
	s.mu.Lock()
	var wg sync.WaitGroup
	wg.Add(1)
	out := make(chan int)
	go s.serve()
	go s.update()
	go wait(&wg)
	go func() {
		out <- 1 // nobody receives
	}()
	go func() {
		select {
		case <-s.reqs:
		case <-time.After(time.Hour):
		}
	}()
	go func() {
		time.Sleep(time.Hour)
	}()
	time.AfterFunc(time.Millisecond, func() {
		<-s.reqs
	})
	time.Sleep(100 * time.Millisecond)

	fmt.Println("goroutines:", runtime.NumGoroutine())
	buf := make([]byte, 1<<16)
	n := runtime.Stack(buf, false)
	fmt.Printf("%s\n", buf[:n])
	n = runtime.Stack(buf, true)
	fmt.Printf("%s\n", buf[:n])
}
