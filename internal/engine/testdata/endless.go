package main

import (
	"fmt"
	"os"
	"os/exec"
)

// A child that would sleep for 1000 s, and a loop that never ends.
func main() {
	child := exec.Command("sleep", "1000")
	if err := child.Start(); err != nil {
		panic(err)
	}
	fmt.Println("child", child.Process.Pid)
	os.Stdout.Sync()
	n := 0
	for {
		n++
	}
}
