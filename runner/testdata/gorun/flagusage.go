// A flag the program does not define: flag's usage message names the
// program as go run's binary, with the program's flags only.
//
// args: -wat
package main

import (
	"flag"
	"fmt"
)

func main() {
	n := flag.Int("n", 1, "how many")
	verbose := flag.Bool("v", false, "say more")
	flag.Parse()
	fmt.Println(*n, *verbose)
}
