package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/traefik/yaegi/interp"
)

func TestUsedPackages(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string // besides alwaysUsed
		ok   bool
	}{
		{"hello", "package main\nimport \"fmt\"\nfunc main() { fmt.Println() }\n", nil, true},
		{"grouped and renamed", "//line book.md:3:1\npackage main\nimport (\n\tr \"math/rand/v2\"\n\t_ \"embed\"\n)\n", []string{"math/rand/v2", "embed"}, true},
		// slices' generic source imports cmp, so cmp must be given too.
		{"slices needs cmp", "package main\nimport \"slices\"\n", []string{"slices", "cmp"}, true},
		{"maps alone", "package main\nimport \"maps\"\n", []string{"maps"}, true},
		{"unreadable imports", "package main\nimport fmt\n", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := usedPackages([]byte(tt.src))
			require.Equal(t, tt.ok, ok)
			if !ok {
				return
			}
			want := map[string]bool{}
			for _, p := range append(append([]string{}, alwaysUsed...), tt.want...) {
				want[p] = true
			}
			assert.Equal(t, want, got)
		})
	}
}

func TestOnlyPackages(t *testing.T) {
	e := interp.Exports{
		".":                 {"MapTypes": {}},
		"fmt/fmt":           {},
		"net/http/http":     {},
		"math/rand/v2/rand": {},
		"github.com/traefik/yaegi/stdlib/unsafe/unsafe": {},
	}
	got := onlyPackages(e, map[string]bool{"fmt": true, "math/rand/v2": true})
	assert.ElementsMatch(t, []string{".", "fmt/fmt", "math/rand/v2/rand", "github.com/traefik/yaegi/stdlib/unsafe/unsafe"}, keys(got))
}

func keys(e interp.Exports) []string {
	var out []string
	for k := range e {
		out = append(out, k)
	}
	return out
}
