package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var errSlow = errors.New("backend too slow")

func query(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return context.Cause(ctx)
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	fmt.Println(query(ctx, 100*time.Millisecond))
	fmt.Println(query(ctx, 500*time.Millisecond))
	fmt.Println(errors.Is(ctx.Err(), context.DeadlineExceeded))

	ctx2, cancel2 := context.WithTimeoutCause(context.Background(), 100*time.Millisecond, errSlow)
	defer cancel2()
	err := query(ctx2, time.Second)
	fmt.Println(err, errors.Is(err, errSlow))

	ctx3, cancel3 := context.WithCancelCause(context.Background())
	cancel3(errors.New("shutting down"))
	fmt.Println(ctx3.Err(), context.Cause(ctx3))
}
