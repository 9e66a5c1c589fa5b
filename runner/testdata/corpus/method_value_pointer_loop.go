package main

import (
	"fmt"
	"sync"
	"time"
)

type Fork struct{ sync.Mutex }

type Philosopher struct {
	id          int
	left, right *Fork
	meals       int
}

func (p *Philosopher) dine(rounds int, wg *sync.WaitGroup, log chan<- string) {
	defer wg.Done()
	for i := 0; i < rounds; i++ {
		first, second := p.left, p.right
		if p.id%2 == 0 {
			first, second = second, first
		}
		first.Lock()
		second.Lock()
		p.meals++
		log <- fmt.Sprintf("philosopher %d eats (meal %d)", p.id, p.meals)
		time.Sleep(10 * time.Millisecond)
		second.Unlock()
		first.Unlock()
		time.Sleep(time.Duration(p.id) * time.Millisecond)
	}
}

func main() {
	n := 5
	forks := make([]*Fork, n)
	for i := range forks {
		forks[i] = new(Fork)
	}
	phils := make([]*Philosopher, n)
	for i := 0; i < n; i++ {
		phils[i] = &Philosopher{id: i + 1, left: forks[i], right: forks[(i+1)%n]}
	}
	log := make(chan string, 100)
	var wg sync.WaitGroup
	for _, p := range phils {
		wg.Add(1)
		go p.dine(3, &wg, log)
	}
	wg.Wait()
	close(log)
	count := 0
	for range log {
		count++
	}
	total := 0
	for _, p := range phils {
		total += p.meals
		fmt.Printf("%d:%d ", p.id, p.meals)
	}
	fmt.Println()
	fmt.Println("log lines:", count, "meals:", total)
}
