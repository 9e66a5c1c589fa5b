package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"strconv"
)

// errors.AsType over the standard library's error types, in a program
// without error types of its own.
func main() {
	_, err := os.Open("/no/such/file")
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		fmt.Println("path error:", pe.Op, pe.Path, pe.Err)
	}
	wrapped := fmt.Errorf("lookup: %w", &exec.Error{Name: "tool", Err: exec.ErrNotFound})
	if ee, ok := errors.AsType[*exec.Error](wrapped); ok {
		fmt.Println("exec error:", ee.Name, ee.Err)
	}
	if _, ok := errors.AsType[*fs.PathError](wrapped); !ok {
		fmt.Println("not a path error")
	}
	_, err = strconv.Atoi("x")
	if ne, ok := errors.AsType[*strconv.NumError](err); ok {
		fmt.Println("num error:", ne.Func, ne.Num, ne.Err)
	}
	joined := errors.Join(errors.New("first"), &fs.PathError{Op: "stat", Path: "p", Err: fs.ErrNotExist})
	pe, ok := errors.AsType[*fs.PathError](joined)
	fmt.Println(ok, pe.Op, errors.Is(joined, fs.ErrNotExist))
}
