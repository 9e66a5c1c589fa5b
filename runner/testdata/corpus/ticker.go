package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	tk := time.NewTicker(250 * time.Millisecond)
	for i := range 4 {
		t := <-tk.C
		fmt.Println("tick", i, t.Sub(start).Round(10*time.Millisecond))
	}
	tk.Stop()
	tk.Reset(time.Second)
	<-tk.C
	fmt.Println("after reset", time.Since(start).Round(10*time.Millisecond))
}
