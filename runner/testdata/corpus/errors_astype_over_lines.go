// errors.AsType with its type argument wrapped over lines (a comment keeps
// gofmt from joining them), over a compiled error type and the program's own.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprint("code ", e.Code) }

func main() {
	_, err := os.Open("/nonexistent/x")
	if pe, ok := errors.AsType[ // a compiled type
	*fs.PathError](err); ok {
		fmt.Println("path:", pe.Path)
	}
	err = fmt.Errorf("w: %w", &MyErr{3})
	me, ok := errors.AsType[ // the program's
	*MyErr](err)
	fmt.Println(me.Code, ok)
}
