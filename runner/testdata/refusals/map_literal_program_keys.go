package main

import "fmt"

type point struct{ x, y int }

func main() {
	seen := map[any]string{point{1, 2}: "a"}
	fmt.Println(seen[point{1, 2}])
}
