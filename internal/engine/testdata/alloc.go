package main

import (
	"bytes"
	"fmt"
)

// Allocates and touches 3 GiB, a MiB at a time.
func main() {
	var chunks [][]byte
	for i := 0; i < 3*1024; i++ {
		chunks = append(chunks, bytes.Repeat([]byte{1}, 1<<20))
	}
	fmt.Println(len(chunks))
}
