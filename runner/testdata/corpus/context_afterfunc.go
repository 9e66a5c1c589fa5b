package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	stop := context.AfterFunc(ctx, func() {
		fmt.Println("cleanup after cancel")
		close(done)
	})
	detached := context.WithoutCancel(ctx)
	time.Sleep(100 * time.Millisecond)
	cancel()
	<-done
	fmt.Println("stop after run:", stop())
	fmt.Println("ctx:", ctx.Err(), "detached:", detached.Err())
}
