package main

import (
	"errors"
	"fmt"
)

type OpError struct {
	Op  string
	Err error
}

func (e *OpError) Error() string { return e.Op + ": " + e.Err.Error() }
func (e *OpError) Unwrap() error { return e.Err }

type CodeErr int

func (c CodeErr) Error() string { return fmt.Sprintf("code %d", int(c)) }

var ErrTimeout = errors.New("timeout")

func do(i int) error {
	switch i {
	case 0:
		return &OpError{"read", ErrTimeout}
	case 1:
		return fmt.Errorf("attempt %d: %w", i, &OpError{"write", CodeErr(7)})
	case 2:
		return errors.Join(CodeErr(1), ErrTimeout)
	case 3:
		return CodeErr(404)
	}
	return nil
}

func main() {
	for i := 0; i < 5; i++ {
		err := do(i)
		fmt.Printf("%d: %v\n", i, err)
		fmt.Printf("   %T timeout=%v\n", err, errors.Is(err, ErrTimeout))
		var op *OpError
		if errors.As(err, &op) {
			fmt.Println("   op:", op.Op, op)
		}
		var code CodeErr
		if errors.As(err, &code) {
			fmt.Println("   code:", int(code), code)
		}
		switch e := err.(type) {
		case nil:
			fmt.Println("   nil error")
		case CodeErr:
			fmt.Println("   direct code", int(e))
		case *OpError:
			fmt.Println("   direct op", e.Op)
		case interface{ Unwrap() []error }:
			fmt.Println("   joined", len(e.Unwrap()))
		default:
			fmt.Println("   other", e)
		}
	}
	errs := []error{CodeErr(1), &OpError{"x", ErrTimeout}, nil}
	fmt.Println(errs)
	fmt.Printf("%v %+v\n", errs[0], errs[1])
	wrapped := fmt.Errorf("ctx: %w", CodeErr(5))
	fmt.Println(errors.Unwrap(wrapped) == CodeErr(5), wrapped)
}
