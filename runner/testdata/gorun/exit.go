// os.Exit skips the deferred calls and sets the exit status.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("!")
	os.Exit(3)
}
