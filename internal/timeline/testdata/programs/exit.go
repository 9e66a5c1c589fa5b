// os.Exit ends the program at once: deferred calls do not run.
package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	defer fmt.Println("never printed")
	time.Sleep(250 * time.Millisecond)
	fmt.Println("exiting")
	os.Exit(3)
}
