// A typed constant from an integer constant too large for an int64: a
// float64 holds its rounded value (1<<100 - 1 equals 1<<100 as a float64),
// a uint64 holds 1<<63.
package main

import "fmt"

const (
	huge          = 1 << 100
	f     float64 = huge
	f1    float64 = huge - 1
	f32   float32 = 1<<30 + 1
	top   uint64  = 1 << 63
	small float64 = huge >> 100
)

func main() {
	var x float64 = f1
	fmt.Println(x, f == f1, f1+1 == f, small, huge > huge-1)
	fmt.Println(f32 == 1<<30, top, top-1)
	var c complex128 = huge
	fmt.Println(real(c) == f)
}
