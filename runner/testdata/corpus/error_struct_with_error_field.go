// An error type that is a struct with an error field (the usual shape of
// a wrapping error): stored in an error variable from a composite literal,
// returned as error, passed as error, matched by errors.As and printed.
package main

import (
	"errors"
	"fmt"
	"io"
)

type OpError struct {
	Op  string
	Err error
}

func (e OpError) Error() string { return e.Op + ": " + e.Err.Error() }
func (e OpError) Unwrap() error { return e.Err }

func read() error { return OpError{"read", io.EOF} }

func describe(err error) string { return "error: " + err.Error() }

func main() {
	var err error = OpError{"write", errors.New("disk full")}
	fmt.Println(err.Error())
	fmt.Println(describe(read()))

	wrapped := fmt.Errorf("saving: %w", read())
	var op OpError
	if errors.As(wrapped, &op) {
		fmt.Println("As:", op.Op, op.Err == io.EOF)
	}
	fmt.Println(errors.Is(wrapped, io.EOF), wrapped)

	errs := []error{OpError{"a", io.ErrUnexpectedEOF}, read()}
	for _, e := range errs {
		fmt.Println(e)
	}
}
