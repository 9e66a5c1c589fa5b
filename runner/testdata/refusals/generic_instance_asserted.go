package main

import "fmt"

type box[T any] struct{ v T }

func (b box[T]) String() string { return fmt.Sprint("box ", b.v) }

func main() {
	var x any = box[int]{7}
	if s, ok := x.(fmt.Stringer); ok {
		fmt.Println(s.String())
	}
}
