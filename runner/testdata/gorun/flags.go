// Flags and arguments, as the flag package reads them.
//
// args: -word=opt -numb=7 -fork -svar=flag a1 a2
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	word := flag.String("word", "foo", "a string")
	numb := flag.Int("numb", 42, "an int")
	fork := flag.Bool("fork", false, "a bool")
	var svar string
	flag.StringVar(&svar, "svar", "bar", "a string var")
	flag.Parse()
	fmt.Println("word:", *word)
	fmt.Println("numb:", *numb)
	fmt.Println("fork:", *fork)
	fmt.Println("svar:", svar)
	fmt.Println("tail:", flag.Args())
	fmt.Println("name:", filepath.Base(os.Args[0]), len(os.Args))
	fmt.Println("cmdline name:", filepath.Base(flag.CommandLine.Name()))
	n := 0
	flag.VisitAll(func(*flag.Flag) { n++ })
	fmt.Println("flags defined:", n)
}
