package main

import (
	"fmt"
	"sync"
	"time"
)

type Server struct {
	name string
	reqs chan string
	wg   sync.WaitGroup
	log  []string
	mu   sync.Mutex
}

func NewServer(name string) *Server {
	return &Server{name: name, reqs: make(chan string)}
}

func (s *Server) Start(workers int) {
	for i := 0; i < workers; i++ {
		s.wg.Add(1)
		go s.serve(i)
	}
}

func (s *Server) serve(id int) {
	defer s.wg.Done()
	for r := range s.reqs {
		time.Sleep(10 * time.Millisecond)
		s.mu.Lock()
		s.log = append(s.log, fmt.Sprintf("%s handled %s", s.name, r))
		s.mu.Unlock()
	}
}

func (s *Server) Stop() {
	close(s.reqs)
	s.wg.Wait()
}

type Greeter struct{ greeting string }

func (g Greeter) Greet(name string, out chan<- string) {
	out <- g.greeting + ", " + name
}

func main() {
	s := NewServer("srv")
	s.Start(2)
	for _, r := range []string{"a", "b", "c", "d"} {
		s.reqs <- r
	}
	s.Stop()
	fmt.Println(len(s.log))
	g := Greeter{"hello"}
	out := make(chan string)
	greet := g.Greet
	go greet("bob", out)
	fmt.Println(<-out)
	go g.Greet("amy", out)
	fmt.Println(<-out)
	go (&Greeter{"hi"}).Greet("tom", out)
	fmt.Println(<-out)
	f := (*Server).Stop
	s2 := NewServer("two")
	s2.Start(1)
	f(s2)
	fmt.Println("stopped", s2.name)
}
