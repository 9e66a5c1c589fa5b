package main

import (
	"errors"
	"fmt"
	"sync"
)

type TaskError struct {
	ID  int
	Err error
}

func (e *TaskError) Error() string { return fmt.Sprintf("task %d: %v", e.ID, e.Err) }
func (e *TaskError) Unwrap() error { return e.Err }

var ErrBoom = errors.New("boom")

func run(id int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = &TaskError{id, e}
				return
			}
			err = &TaskError{id, fmt.Errorf("panic: %v", r)}
		}
	}()
	switch id {
	case 1:
		panic(ErrBoom)
	case 2:
		panic("plain string")
	case 3:
		var m map[string]int
		m["x"] = 1
	}
	return nil
}

func main() {
	errs := make([]error, 4)
	var wg sync.WaitGroup
	for id := range 4 {
		wg.Go(func() { errs[id] = run(id) })
	}
	wg.Wait()
	for id, err := range errs {
		var te *TaskError
		fmt.Println(id, err, errors.Is(err, ErrBoom), errors.As(err, &te))
	}
}
