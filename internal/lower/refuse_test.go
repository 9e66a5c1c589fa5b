package lower

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRefuseCallerFrames(t *testing.T) {
	tests := []struct {
		name    string
		body    string
		refused string // the start of the refusal, "" when none
	}{
		{"Callers", "pcs := make([]uintptr, 4)\n\t_ = runtime.Callers(0, pcs)", "p.go:7:6: unsupported: runtime.Callers:"},
		{"Caller", "_, file, _, _ := runtime.Caller(0)\n\t_ = file", "p.go:6:19: unsupported: runtime.Caller:"},
		{"FuncForPC as a value", "f := runtime.FuncForPC\n\t_ = f", "p.go:6:7: unsupported: runtime.FuncForPC:"},
		{"other runtime functions", "_ = runtime.NumGoroutine()", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\nimport \"runtime\"\n\nfunc main() {\n\t" + tt.body + "\n}\n"
			assertLowered(t, src, tt.refused)
		})
	}
}

// assertLowered lowers src: with refused "", it must lower; otherwise it
// must be refused with a positioned error that contains refused.
func assertLowered(t *testing.T, src, refused string) {
	t.Helper()
	_, err := Program("p.go", []byte(src))
	if refused == "" {
		require.NoError(t, err)
		return
	}
	var le *Error
	require.ErrorAs(t, err, &le)
	assert.Contains(t, le.Error(), refused)
}
