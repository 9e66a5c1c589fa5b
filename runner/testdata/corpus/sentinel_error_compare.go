package main

import (
	"errors"
	"fmt"
	"sync"
)

type QueueError struct{ Reason string }

func (e *QueueError) Error() string { return "queue: " + e.Reason }

var (
	ErrFull   = &QueueError{"full"}
	ErrEmpty  = &QueueError{"empty"}
	ErrClosed = errors.New("queue closed")
)

type Queue struct {
	mu     sync.Mutex
	items  []int
	cap    int
	closed bool
}

func (q *Queue) Push(v int) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	switch {
	case q.closed:
		return ErrClosed
	case len(q.items) == q.cap:
		return ErrFull
	}
	q.items = append(q.items, v)
	return nil
}

func (q *Queue) Pop() (int, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.items) == 0 {
		return 0, ErrEmpty
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, nil
}

func main() {
	q := &Queue{cap: 2}
	for i := 1; i <= 3; i++ {
		if err := q.Push(i); err == ErrFull {
			fmt.Println("push", i, "failed:", err)
		} else if err != nil {
			fmt.Println("unexpected", err)
		}
	}
	for {
		v, err := q.Pop()
		switch err {
		case nil:
			fmt.Println("popped", v)
			continue
		case ErrEmpty:
			fmt.Println("empty now")
		default:
			fmt.Println("other:", err)
		}
		break
	}
	q.closed = true
	err := q.Push(9)
	fmt.Println(err == ErrClosed, err == ErrFull, errors.Is(err, ErrClosed))
	var qe *QueueError
	fmt.Println(errors.As(ErrFull, &qe), qe == ErrFull, qe.Reason)
	errs := []error{ErrFull, ErrEmpty, ErrClosed, nil}
	for i, e := range errs {
		fmt.Println(i, e == ErrEmpty, e != nil)
	}
}
