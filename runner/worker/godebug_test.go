package main

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRestoreGODEBUG(t *testing.T) {
	for _, tc := range []struct {
		name    string
		carried string
		want    string
		set     bool
	}{
		{"unset", "", "", false},
		{"empty", "=", "", true},
		{"value", "=madvdontneed=1", "madvdontneed=1", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("GODEBUG", "gcstoptheworld=1")
			t.Setenv(workerGODEBUG, tc.carried)
			restoreGODEBUG()
			v, ok := os.LookupEnv("GODEBUG")
			assert.Equal(t, tc.set, ok)
			assert.Equal(t, tc.want, v)
			_, ok = os.LookupEnv(workerGODEBUG)
			assert.False(t, ok)
		})
	}
}
