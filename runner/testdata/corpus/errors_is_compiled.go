package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

type NotFoundError struct {
	Name string
}

func (e *NotFoundError) Error() string { return e.Name + " not found" }

type TimeoutError struct {
	Op  string
	Err error
}

func (e *TimeoutError) Error() string { return e.Op + ": " + e.Err.Error() }
func (e *TimeoutError) Unwrap() error { return e.Err }

var ErrBase = errors.New("base failure")

func find(name string) error {
	if name == "x" {
		return &NotFoundError{name}
	}
	if name == "t" {
		return &TimeoutError{"read", ErrBase}
	}
	return nil
}

func main() {
	for _, n := range []string{"x", "t", "ok"} {
		err := find(n)
		var nf *NotFoundError
		var te *TimeoutError
		switch {
		case err == nil:
			fmt.Println(n, "no error")
		case errors.As(err, &nf):
			fmt.Println(n, "not found:", nf.Name)
		case errors.As(err, &te):
			fmt.Println(n, "timeout op:", te.Op, errors.Is(err, ErrBase))
		}
	}
	wrapped := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", &NotFoundError{"y"}))
	fmt.Println(wrapped)
	fmt.Println(errors.Unwrap(wrapped))
	var nf *NotFoundError
	fmt.Println(errors.As(wrapped, &nf), nf.Name)
	joined := errors.Join(ErrBase, &NotFoundError{"z"})
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, ErrBase), errors.As(joined, &nf), nf.Name)
	_, err := strconv.Atoi("abc")
	fmt.Println(err)
	var numErr *strconv.NumError
	if errors.As(err, &numErr) {
		fmt.Println("func:", numErr.Func, "num:", numErr.Num, errors.Is(err, strconv.ErrSyntax))
	}
	_, err = os.Open("/nonexistent/file")
	fmt.Println(err, errors.Is(err, os.ErrNotExist))
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe), pe.Op)
}
