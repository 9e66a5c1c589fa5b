package main

import (
	"fmt"
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRuntimeErrors: the errors the worker raises for the interpreter are
// of the runtime's own types, with the runtime's messages.
func TestRuntimeErrors(t *testing.T) {
	tests := []struct {
		err      error
		typ, msg string
	}{
		{BoundsError(0, 5, 3), "runtime.boundsError", "runtime error: index out of range [5] with length 3"},
		{BoundsError(0, -1, 3), "runtime.boundsError", "runtime error: index out of range [-1]"},
		{BoundsError(3, 2, 1), "runtime.boundsError", "runtime error: slice bounds out of range [2:1]"},
		{BoundsError(2, 9, 4), "runtime.boundsError", "runtime error: slice bounds out of range [:9] with capacity 4"},
		{runtimeErr("runtime error: makeslice: len out of range"), "runtime.errorString", "runtime error: makeslice: len out of range"},
		{runtimeErr("assignment to entry in nil map"), "runtime.plainError", "assignment to entry in nil map"},
		{AssertionError("interface conversion: interface {} is string, not int"), "main.runtimeError", "interface conversion: interface {} is string, not int"},
	}
	for _, tt := range tests {
		t.Run(tt.msg, func(t *testing.T) {
			assert.Equal(t, tt.typ, fmt.Sprintf("%T", tt.err))
			assert.Equal(t, tt.msg, tt.err.Error())
			assert.Implements(t, (*runtime.Error)(nil), tt.err)
		})
	}
}
