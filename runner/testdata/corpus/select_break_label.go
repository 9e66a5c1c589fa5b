package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(100 * time.Millisecond)
	defer ticker.Stop()
	done := time.After(350 * time.Millisecond)
	ticks := 0
loop:
	for {
		select {
		case <-ticker.C:
			ticks++
			if ticks > 10 {
				break loop
			}
		case <-done:
			break loop
		}
	}
	fmt.Println("ticks:", ticks)
}
