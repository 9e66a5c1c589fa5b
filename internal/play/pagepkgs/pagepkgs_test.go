package pagepkgs

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestHas(t *testing.T) {
	for _, c := range []struct {
		path, name string
		has        bool
	}{
		{"fmt", "Println", true},
		{"net", "Pipe", true},
		{"net", "Conn", true},
		{"net", "Dial", false},
		{"net", "Listen", false},
		{"net/http", "Get", false},
		{"syscall", "Kill", true},
		{"syscall", "SIGTERM", true},
		{"syscall", "Exec", false},
		{"os/signal", "NotifyContext", true},
	} {
		assert.Equal(t, c.has, Has(c.path, c.name), "%s.%s", c.path, c.name)
	}
	assert.Equal(t, "net.Dial is not available in the page (of package net it has Addr, Conn, ErrClosed, Error, Pipe only); run it with go run", NameRefusal("net", "Dial"))
}

// TestLists: the lists are sorted (Has searches them), and a partial
// package is one of Std or one the worker emulates.
func TestLists(t *testing.T) {
	assert.True(t, slices.IsSorted(Std))
	for path, names := range Partial {
		assert.True(t, slices.IsSorted(names), path)
		assert.True(t, slices.Contains(Std, path) || slices.Contains(Emulated, path), path)
	}
}
