package main

import (
	"log"
	"os"
	"sync"
)

type Item struct {
	ID   int
	Name string
}

func main() {
	log.SetFlags(0)
	log.Println("starting", 3, "workers")
	log.Printf("item: %+v", Item{1, "a"})
	log.SetPrefix("[app] ")
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = i
		}()
	}
	wg.Wait()
	log.Print("done")
	l := log.New(os.Stdout, "out: ", 0)
	l.Printf("%d items %v", 2, []Item{{1, "a"}, {2, "b"}})
	l.Println("logger", "line")
	log.Fatalf("fatal: %s", "bye")
}
