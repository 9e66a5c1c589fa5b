// The program's arguments and name.
//
// args: a b c d
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	argsWithProg := os.Args
	argsWithoutProg := os.Args[1:]
	fmt.Println(filepath.Base(argsWithProg[0]), len(argsWithProg))
	fmt.Println(argsWithoutProg)
	fmt.Println(strings.Contains(os.Args[0], "go-build"))
	exe, err := os.Executable()
	fmt.Println(err == nil && exe != "")
}
