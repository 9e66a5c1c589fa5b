package gotests

import (
	"runtime"
	"testing"

	"github.com/concbook/concurrency/internal/engine"
)

func errCompile(msg string) error { return &engine.CompileError{Msg: msg} }

func goroot(t *testing.T) string {
	t.Helper()
	return runtime.GOROOT()
}
