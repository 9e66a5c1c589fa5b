package main

import (
	"fmt"
	"log"
	"os"
	"sync"
)

type point struct{ x, y int }

func (p point) String() string { return fmt.Sprintf("(%d,%d)", p.x, p.y) }

func helper(l *log.Logger) {
	l.Println("from helper")
}

// log.Lshortfile names the line of each call, wherever it is.
func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile)
	log.Println("standard logger")
	log.Printf("a point %v", point{1, 2})
	mylog := log.New(os.Stdout, "my:", log.Lshortfile)
	mylog.Println("from mylog")
	mylog.SetFlags(log.Lshortfile | log.Lmsgprefix)
	helper(mylog)
	log.Output(1, "output")
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		log.Print("in a goroutine")
	}()
	wg.Wait()
	func() {
		log.SetFlags(0)
		defer log.Println("deferred, no position", point{5, 6})
		defer mylog.Print("deferred method, no position")
		defer mylog.SetFlags(log.Lmsgprefix)
	}()
	log.SetFlags(log.Lshortfile)
	log.Fatalf("fatal %d", 1)
}
