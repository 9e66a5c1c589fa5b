// A child's output read through a pipe: no false deadlock.
package main

import (
	"bufio"
	"fmt"
	"os/exec"
)

func main() {
	cmd := exec.Command("sh", "-c", "for i in 1 2 3; do echo line $i; done")
	out, err := cmd.StdoutPipe()
	if err != nil {
		panic(err)
	}
	if err := cmd.Start(); err != nil {
		panic(err)
	}
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		fmt.Println("got:", sc.Text())
	}
	fmt.Println(cmd.Wait())
}
