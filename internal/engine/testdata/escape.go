package main

import (
	"fmt"
	"os/exec"
	"syscall"
)

// A child that leaves the process group, in a session of its own, with an
// empty environment, started through a shell that exits at once.
func main() {
	cmd := exec.Command("/bin/sh", "-c", "sleep 4545 &")
	cmd.Env = []string{}
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	if err := cmd.Run(); err != nil {
		panic(err)
	}
	fmt.Println("the child escaped")
}
