// errors.AsType over the standard library's error types.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
)

func main() {
	_, err := os.Open("/no/such/file")
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		fmt.Println("path error:", pe.Op, pe.Path, pe.Err)
	}
	_, err = exec.LookPath("no-such-command-xyz")
	if ee, ok := errors.AsType[*exec.Error](err); ok {
		fmt.Println("exec error:", ee.Name, ee.Err)
	}
	wrapped := fmt.Errorf("wrap: %w", err)
	if _, ok := errors.AsType[*fs.PathError](wrapped); !ok {
		fmt.Println("not a path error")
	}
	var pe *fs.PathError
	fmt.Println(errors.As(fmt.Errorf("x: %w", &fs.PathError{Op: "op", Path: "p", Err: fs.ErrNotExist}), &pe), pe.Op)
}
