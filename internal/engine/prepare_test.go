package engine

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPrepareWithin(t *testing.T) {
	src := []byte("package main\n\nfunc main() {}\n")
	out, timedOut, err := prepareWithin(context.Background(), Request{Filename: "p.go", Source: src})
	require.NoError(t, err)
	assert.False(t, timedOut)
	assert.Contains(t, string(out), "func main()")

	// Type-checking takes milliseconds: a limit of a nanosecond is past
	// before it ends.
	_, timedOut, err = prepareWithin(context.Background(), Request{Filename: "p.go", Source: src, Limits: Limits{Timeout: time.Nanosecond}})
	require.NoError(t, err)
	assert.True(t, timedOut)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, _, err = prepareWithin(ctx, Request{Filename: "p.go", Source: src, Limits: Limits{Timeout: time.Hour}})
	assert.ErrorIs(t, err, context.Canceled)
}
