package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTimer(time.Second)
	fmt.Println("stopped:", t.Stop())
	fmt.Println("reset on stopped:", t.Reset(200*time.Millisecond))
	<-t.C
	fmt.Println("fired at", time.Since(start).Round(10*time.Millisecond))
	t.Reset(100 * time.Millisecond)
	time.Sleep(150 * time.Millisecond)
	// Go 1.23: Stop after expiry with the value unread drains the channel.
	fmt.Println("stop after expiry:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("stale value")
	default:
		fmt.Println("no stale value")
	}
}
