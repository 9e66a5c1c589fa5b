package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// Values of the program's types passed to a library function's variadic
// parameter of an interface type (...io.Writer, ...error, ...io.Reader).
type Tally struct{ bytes int }

func (t *Tally) Write(p []byte) (int, error) {
	t.bytes += len(p)
	return len(p), nil
}

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type Timeout struct{ Op string }

func (e *Timeout) Error() string { return e.Op + ": timeout" }

type dots int

func (d *dots) Read(p []byte) (int, error) {
	if *d == 0 {
		return 0, io.EOF
	}
	*d--
	p[0] = '.'
	return 1, nil
}

func main() {
	t := &Tally{}
	w := io.MultiWriter(t, os.Stdout)
	fmt.Fprintln(w, "to both")
	fmt.Println("tally:", t.bytes)
	err := errors.Join(NotFound{"k"}, &Timeout{"read"}, nil)
	fmt.Println(err)
	var nf NotFound
	var to *Timeout
	fmt.Println(errors.As(err, &nf), nf.Key, errors.As(err, &to), to.Op)
	d := dots(3)
	all, _ := io.ReadAll(io.MultiReader(strings.NewReader("go"), &d))
	fmt.Println(string(all))
	ws := []io.Writer{t, io.Discard}
	fmt.Fprintln(io.MultiWriter(ws...), "spread")
	fmt.Println("tally:", t.bytes)
}
