// Types that refer to themselves: a generic list, and a lock-free stack
// whose nodes link through atomic.Pointer.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type List[T any] struct {
	next *List[T]
	val  T
}

type node struct {
	val  int
	next atomic.Pointer[node]
}

type stack struct{ head atomic.Pointer[node] }

func (s *stack) push(v int) {
	n := &node{val: v}
	for {
		old := s.head.Load()
		n.next.Store(old)
		if s.head.CompareAndSwap(old, n) {
			return
		}
	}
}

func main() {
	l := &List[string]{val: "a", next: &List[string]{val: "b"}}
	for e := l; e != nil; e = e.next {
		fmt.Print(e.val, " ")
	}
	fmt.Printf("%v\n", *l.next)

	var s stack
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Go(func() { s.push(i) })
	}
	wg.Wait()
	sum := 0
	for n := s.head.Load(); n != nil; n = n.next.Load() {
		sum += n.val
	}
	fmt.Println("sum:", sum)
}
