package main

import (
	"fmt"
	"sync"
)

func safeAt(s []string, i int) (v string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return s[i], nil
}

func main() {
	names := []string{"ann", "bob", "cy"}
	fmt.Println(safeAt(names, 1))
	fmt.Println(safeAt(names, 3))
	fmt.Println(safeAt(names, -1))
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("worker recovered:", r)
			}
		}()
		for i := 0; i <= len(names); i++ {
			fmt.Println("name", i, names[i])
		}
	}()
	wg.Wait()
	buf := make([]byte, 4)
	n := 6
	defer func() { fmt.Println("main recovered:", recover()) }()
	fmt.Println(string(buf[:n]))
}
