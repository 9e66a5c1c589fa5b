package engine

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestWithVirtualGC(t *testing.T) {
	for _, tc := range []struct {
		name string
		env  []string
		want []string
	}{
		{"no GODEBUG", []string{"HOME=/root"}, []string{"HOME=/root", "GODEBUG=gcstoptheworld=1", "CONCBOOK_GODEBUG="}},
		{"empty GODEBUG", []string{"GODEBUG="}, []string{"GODEBUG=gcstoptheworld=1", "CONCBOOK_GODEBUG=="}},
		{"other settings kept after", []string{"GODEBUG=madvdontneed=1", "X=1"}, []string{"X=1", "GODEBUG=gcstoptheworld=1,madvdontneed=1", "CONCBOOK_GODEBUG==madvdontneed=1"}},
		{"the program's own choice wins", []string{"GODEBUG=gctrace=1,gcstoptheworld=0"}, []string{"GODEBUG=gctrace=1,gcstoptheworld=0", "CONCBOOK_GODEBUG==gctrace=1,gcstoptheworld=0"}},
		{"a stale carrier is replaced", []string{"CONCBOOK_GODEBUG==x=1"}, []string{"GODEBUG=gcstoptheworld=1", "CONCBOOK_GODEBUG="}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, withVirtualGC(tc.env))
		})
	}
}
