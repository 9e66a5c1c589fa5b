package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type argError struct{ arg int }

func (e *argError) Error() string { return fmt.Sprintf("bad argument %d", e.arg) }

// errors.AsType over the program's own error type and the standard
// library's, in one program.
func main() {
	err := fmt.Errorf("f: %w", &argError{42})
	if ae, ok := errors.AsType[*argError](err); ok {
		fmt.Println("own:", ae.arg)
	}
	_, err = os.Stat("/no/such/file")
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		fmt.Println("path error:", pe.Op, pe.Path)
	}
	_, ok := errors.AsType[*argError](err)
	fmt.Println("own in a path error:", ok)
}
