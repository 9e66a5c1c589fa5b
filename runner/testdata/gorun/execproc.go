// syscall.Exec replaces the program by another one.
package main

import (
	"os"
	"os/exec"
	"syscall"
)

func main() {
	binary, lookErr := exec.LookPath("echo")
	if lookErr != nil {
		panic(lookErr)
	}
	args := []string{"echo", "exec'd", "echo"}
	env := os.Environ()
	execErr := syscall.Exec(binary, args, env)
	if execErr != nil {
		panic(execErr)
	}
}
