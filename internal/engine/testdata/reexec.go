package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

// A program that starts itself again through os.Args[0].
func main() {
	if len(os.Args) > 1 && os.Args[1] == "child" {
		fmt.Println("child:", filepath.Base(os.Args[0]), os.Args[2:])
		return
	}
	out, err := exec.Command(os.Args[0], "child", "x", "y").CombinedOutput()
	fmt.Printf("parent: %q %v\n", out, err)
}
