package main

import (
	"fmt"
	"slices"
)

func main() {
	for v := range slices.Values([]int{1, 2}) {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered", r)
			}
		}()
		if v == 2 {
			panic("two")
		}
	}
}
