package main

import "fmt"

// A panic in a deferred call does not skip the calls deferred before it:
// they run, and recover sees the newer panic.
func later() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("caught %v", r)
		}
	}()
	defer fmt.Println("deferred print still runs")
	defer func() { panic("from a deferred call") }()
	return nil
}

func replaced() (err error) {
	defer func() {
		err = fmt.Errorf("caught %v", recover())
	}()
	defer func() { panic("second") }()
	panic("first")
}

func main() {
	fmt.Println(later())
	fmt.Println(replaced())
	defer func() {
		r := recover()
		panic(r)
	}()
	panic("boom")
}
