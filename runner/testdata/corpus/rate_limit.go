package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	limiter := time.Tick(200 * time.Millisecond)
	for req := range 4 {
		<-limiter
		fmt.Println("request", req, "at", time.Since(start).Round(10*time.Millisecond))
	}
	burst := make(chan time.Time, 2)
	for range 2 {
		burst <- time.Now()
	}
	for req := range 2 {
		<-burst
		fmt.Println("burst", req, "at", time.Since(start).Round(10*time.Millisecond))
	}
}
