// A panic in a closure called by a goroutine: its frames, and where the
// goroutine was created.
package main

import (
	"fmt"
	"time"
)

type S struct{ n int }

func (s *S) run(f func(int)) { f(s.n) }

func main() {
	s := &S{n: 2}
	go func() {
		s.run(func(n int) {
			if n == 2 {
				var m map[string]int
				m["x"] = n
			}
		})
	}()
	time.Sleep(time.Hour)
	fmt.Println("unreachable")
}
