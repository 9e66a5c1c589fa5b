// Spawning processes and reading what they print, on the real clock.
package main

import (
	"fmt"
	"io"
	"os/exec"
	"strings"
)

func main() {
	out, err := exec.Command("echo", "hello", "spawn").Output()
	if err != nil {
		panic(err)
	}
	fmt.Print("> echo\n", string(out))

	grepCmd := exec.Command("grep", "hello")
	grepIn, _ := grepCmd.StdinPipe()
	grepOut, _ := grepCmd.StdoutPipe()
	grepCmd.Start()
	grepIn.Write([]byte("hello grep\ngoodbye grep"))
	grepIn.Close()
	grepBytes, _ := io.ReadAll(grepOut)
	grepCmd.Wait()
	fmt.Println("> grep hello")
	fmt.Println(string(grepBytes))

	lsOut, err := exec.Command("bash", "-c", "echo a; echo b 1>&2; exit 3").CombinedOutput()
	fmt.Printf("%q %v\n", strings.TrimSpace(string(lsOut)), err)
	_, err = exec.Command("no-such-command-xyz").Output()
	fmt.Println(err)
}
