package main

import (
	"errors"
	"fmt"
)

// A defined pointer type (type Block *[4]byte) as the type argument of a
// constraint with the term ~*[4]byte: yaegi compared the type with its
// name to the term ("main.Block does not implement interface{}").

type Block *[4]byte

type Key *[4]byte

var errShort = errors.New("short")

func take[T interface{ ~*[4]byte }](buf []byte) (T, []byte, error) {
	var t T
	if n := len(t); len(buf) >= n {
		return T(buf[:n]), buf[n:], nil
	}
	return nil, buf, errShort
}

func main() {
	buf := []byte("abcdefghij")
	b, rest, err := take[Block](buf)
	fmt.Println(string(b[:]), string(rest), err)
	k, rest, err := take[Key](rest)
	fmt.Println(string(k[:]), len(rest), err)
	b[0] = 'A'
	fmt.Println(string(buf[:2]))
	_, rest, err = take[Block](rest)
	fmt.Println(len(rest), err)
}
