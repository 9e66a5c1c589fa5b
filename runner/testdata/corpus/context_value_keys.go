package main

import (
	"context"
	"fmt"
)

type ctxKey string

type requestIDKey struct{}

func handle(ctx context.Context) {
	user, _ := ctx.Value(ctxKey("user")).(string)
	id, ok := ctx.Value(requestIDKey{}).(int)
	fmt.Println("user:", user, "id:", id, ok)
	if v := ctx.Value(ctxKey("missing")); v == nil {
		fmt.Println("missing is nil")
	}
}

func main() {
	ctx := context.WithValue(context.Background(), ctxKey("user"), "alice")
	ctx = context.WithValue(ctx, requestIDKey{}, 42)
	handle(ctx)
	handle(context.Background())
	fmt.Println(ctx.Value(ctxKey("user")), ctx.Value("user"))
}
