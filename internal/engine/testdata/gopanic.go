package main

import (
	"errors"
	"fmt"
	"time"
)

func main() {
	fmt.Println("start")
	go func() {
		panic(errors.New("boom"))
	}()
	time.Sleep(time.Second)
	fmt.Println("unreachable")
}
