package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
)

// What a program gets from go run: its name and arguments, flags of its
// own, the caller's environment, standard input and working directory.
func main() {
	n := flag.Int("n", 0, "a number")
	flag.Parse()
	fmt.Println("name:", filepath.Base(os.Args[0]))
	fmt.Println("built like go run:", regexp.MustCompile(`^/.*/go-build[0-9]+/b001/exe$`).MatchString(filepath.Dir(os.Args[0])))
	fmt.Println("n:", *n, "args:", flag.Args())
	var names []string
	flag.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	fmt.Println("flags:", names)
	in, err := io.ReadAll(os.Stdin)
	fmt.Printf("stdin: %q %v\n", in, err)
	wd, _ := os.Getwd()
	fmt.Println("wd:", wd)
	env := os.Environ()
	sort.Strings(env)
	for _, e := range env {
		fmt.Println("env:", e)
	}
}
