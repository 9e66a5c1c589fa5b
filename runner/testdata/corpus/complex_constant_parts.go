package main

import "fmt"

const (
	R  = 5
	I  = 6i
	C1 = R + I
)

func main() {
	var ce complex64 = C1
	fmt.Println(float32(real(ce)), imag(ce))
	fmt.Println(real(C1), imag(C1))
	const half = real(C1) / 2
	fmt.Println(half)
}
