// Command lower prints a program as the runner lowers it for yaegi, to see
// what the rules of internal/lower did:
//
//	go run ./internal/lower/cmd/lower prog.go
package main

import (
	"fmt"
	"os"

	"github.com/concbook/concurrency/internal/lower"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: lower FILE.go")
		os.Exit(2)
	}
	src, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	out, err := lower.Program(os.Args[1], src)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Stdout.Write(out)
}
