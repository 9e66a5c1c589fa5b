// Errors, custom error types and recover.
package main

import (
	"errors"
	"fmt"
	"os"
)

func mayPanic() {
	panic("a problem")
}

type argError struct {
	arg     int
	message string
}

func (e *argError) Error() string { return fmt.Sprintf("%d - %s", e.arg, e.message) }

func f(arg int) (int, error) {
	if arg == 42 {
		return -1, &argError{arg, "can't work with it"}
	}
	return arg + 3, nil
}

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("Recovered. Error:\n", r)
		}
	}()
	_, err := f(42)
	if ae, ok := errors.AsType[*argError](err); ok {
		fmt.Println(ae.arg, ae.message)
	}
	var ae *argError
	fmt.Println(errors.As(err, &ae))
	_, err = os.Open("/nonexistent")
	fmt.Println(errors.Is(err, os.ErrNotExist))
	mayPanic()
	fmt.Println("After mayPanic()")
}
