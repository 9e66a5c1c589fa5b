package main

import (
	"errors"
	"fmt"
)

type Temporary interface {
	Temporary() bool
}

type NetErr struct {
	Op   string
	temp bool
}

func (e *NetErr) Error() string   { return "net: " + e.Op }
func (e *NetErr) Temporary() bool { return e.temp }

type ValidationErr struct {
	Field string
}

func (e ValidationErr) Error() string { return "invalid " + e.Field }

var ErrNotFound = errors.New("not found")

func fetch(i int) error {
	switch i {
	case 0:
		return &NetErr{"dial", true}
	case 1:
		return ValidationErr{"name"}
	case 2:
		return fmt.Errorf("fetch %d: %w", i, ErrNotFound)
	case 3:
		return fmt.Errorf("wrapped: %w", &NetErr{"read", false})
	}
	return nil
}

func main() {
	for i := 0; i < 5; i++ {
		err := fetch(i)
		if err == nil {
			fmt.Println(i, "ok")
			continue
		}
		if t, ok := err.(Temporary); ok {
			fmt.Println(i, "temporary?", t.Temporary())
		}
		switch e := err.(type) {
		case *NetErr:
			fmt.Println(i, "net error op", e.Op)
		case ValidationErr:
			fmt.Println(i, "validation of", e.Field)
		default:
			fmt.Println(i, "other:", e)
		}
		var ne *NetErr
		if errors.As(err, &ne) {
			fmt.Println(i, "as NetErr:", ne.Op, ne)
		}
		var ve ValidationErr
		if errors.As(err, &ve) {
			fmt.Println(i, "as ValidationErr:", ve.Field)
		}
		fmt.Println(i, "is not found:", errors.Is(err, ErrNotFound))
		fmt.Printf("%d %v %T\n", i, err, err)
	}
}
