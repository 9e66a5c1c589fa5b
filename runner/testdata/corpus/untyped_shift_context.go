// A shift of an untyped constant by a variable count takes the type its
// context gives it, not int: a uint64 beside a uint64, a uint as a shift
// count, a function's result type when returned.
package main

import "fmt"

var n = 40

var g uint64 = 1<<n | 1

func high(x int) uint64 { return 1 << x }

func pair(x int) (int8, uint16) { return 1 << x, 1<<x + 1 }

func main() {
	x, pos := 1, 3
	var val uint64 = 1
	fmt.Println(val | 1<<uint(pos))
	var u8 uint8 = 200
	fmt.Println(u8 + 1<<x)
	fmt.Println(x<<(1<<x), x<<(1.<<x), x<<((1+0i)<<x), x<<(0i<<x))
	var i64 int64 = 5
	fmt.Println(i64 + (1<<x + 1))
	fmt.Println(g, high(63))
	fmt.Println(pair(3))
	var b byte = 1 << n
	var u uint32 = 9 &^ (1<<n - 1)
	fmt.Println(b, u, []uint64{1 << n})
}
