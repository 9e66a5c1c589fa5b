package main

import (
	"os"
	"strings"
)

// 100 MB of output.
func main() {
	line := strings.Repeat("x", 99) + "\n"
	block := strings.Repeat(line, 10000)
	for i := 0; i < 100; i++ {
		os.Stdout.WriteString(block)
	}
}
