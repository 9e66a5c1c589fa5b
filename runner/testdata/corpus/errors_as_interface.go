package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowOp(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	for _, d := range []time.Duration{10 * time.Millisecond, 100 * time.Millisecond} {
		err := slowOp(ctx, d)
		fmt.Printf("op %v: %v\n", d, err)
		if errors.Is(err, context.DeadlineExceeded) {
			fmt.Println("deadline exceeded")
		}
	}
	dl := time.Now().Add(30 * time.Millisecond)
	ctx2, cancel2 := context.WithDeadline(context.Background(), dl)
	defer cancel2()
	d, ok := ctx2.Deadline()
	fmt.Println(d.Equal(dl), ok)
	<-ctx2.Done()
	fmt.Println(ctx2.Err())
	var de interface{ Timeout() bool }
	if errors.As(ctx2.Err(), &de) {
		fmt.Println("timeout:", de.Timeout())
	}
	_, ok = context.Background().Deadline()
	fmt.Println(ok)
}
