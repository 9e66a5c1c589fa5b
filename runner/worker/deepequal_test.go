package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestDeepEqual: on compiled values, DeepEqual agrees with
// reflect.DeepEqual (values of the interpreter's types are checked by the
// corpus, runner/testdata/corpus/deep_equal_interfaces.go).
func TestDeepEqual(t *testing.T) {
	type inner struct {
		n    int
		tags []string
	}
	cyclic := map[string]any{}
	cyclic["self"] = cyclic
	tests := []struct {
		name string
		a, b any
		want bool
	}{
		{"ints", 1, 1, true},
		{"int and int64", 1, int64(1), false},
		{"nil and nil", nil, nil, true},
		{"nil slice and empty", []int(nil), []int{}, false},
		{"interfaces in slices", []any{1, "a"}, []any{1, "a"}, true},
		{"interfaces in maps", map[string]any{"k": []int{1}}, map[string]any{"k": []int{2}}, false},
		{"unexported fields", []any{inner{1, []string{"x"}}}, []any{inner{1, []string{"x"}}}, true},
		{"unexported fields differ", []any{inner{1, nil}}, []any{inner{2, nil}}, false},
		{"cyclic", cyclic, cyclic, true},
		{"funcs", []any{func() {}}, []any{func() {}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, DeepEqual(tt.a, tt.b))
		})
	}
}
