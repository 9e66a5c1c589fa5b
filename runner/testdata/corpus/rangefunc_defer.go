package main

import (
	"errors"
	"fmt"
	"iter"
	"slices"
)

// Defers in the body of a range over a function run when the function
// around the loop returns, in reverse order with the defers around the
// loop, with their arguments evaluated at the defer statement, and they run
// when that function panics too, before a recover deferred outside the loop
// (the runner refused them: the loop's body is a closure, where a defer
// would have run at each iteration's end).

var log []string

func note(format string, args ...any) { log = append(log, fmt.Sprintf(format, args...)) }

func pairs(n int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i := range n {
			if !yield(i, i*i) {
				return
			}
		}
	}
}

func ordered() {
	defer note("first")
	n := 0
	for i, sq := range pairs(3) {
		n++
		defer note("body %d %d n=%d", i, sq, n)
		for v := range slices.Values([]string{"a", "b"}) {
			defer note("inner %d %s", i, v)
		}
		if i == 1 {
			defer func() { note("literal sees n=%d", n) }()
		}
	}
	defer note("last")
	n = 100
}

func early() (out string) {
	defer func() { out += " and deferred" }()
	for i := range pairs(5) {
		defer note("early %d", i)
		if i == 2 {
			return "returned at 2"
		}
	}
	return "not reached"
}

var errStop = errors.New("stop")

func panics() (err error) {
	defer func() {
		if r := recover(); r != nil {
			note("recovered %v", r)
			err = r.(error)
		}
	}()
	for i := range pairs(4) {
		defer note("before panic %d", i)
		if i == 1 {
			panic(errStop)
		}
	}
	return nil
}

func closes() []int {
	ch := make(chan int, 3)
	func() {
		for i := range pairs(3) {
			ch <- i
			if i == 0 {
				defer close(ch)
			}
		}
	}()
	var got []int
	for v := range ch {
		got = append(got, v)
	}
	return got
}

func boom(s string) { panic(s) }

func chain() {
	defer func() { note("recovered %v", recover()) }()
	for i := range pairs(2) {
		defer note("body defer %d", i)
		defer boom(fmt.Sprint("from defer ", i))
	}
	note("loop over")
}

func main() {
	chain()
	ordered()
	fmt.Println(early())
	fmt.Println(panics())
	fmt.Println(closes())
	for _, l := range log {
		fmt.Println(l)
	}
}
