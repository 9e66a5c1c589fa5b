package engine

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestInstrument(t *testing.T) {
	for _, tc := range []struct {
		name, src, want string
	}{
		{
			name: "main gets a deferred stop on its first line",
			src:  "package main\n\nfunc main() {\n\tprintln(1)\n}\n",
			want: "package main\n\nfunc main() {defer concbookStopTrace();\n\tprintln(1)\n}\n",
		},
		{
			name: "os.Exit stops the trace first, on its line",
			src:  "package main\n\nimport \"os\"\n\nfunc main() {\n\tos.Exit(3)\n}\n",
			want: "package main\n\nimport \"os\"\n\nfunc main() {defer concbookStopTrace();\n\tconcbookExit(os.Exit, 3)\n}\n",
		},
		{
			name: "a renamed os import",
			src:  "package main\n\nimport sys \"os\"\n\nfunc f() { sys.Exit(1) }\nfunc main() { f() }\n",
			want: "package main\n\nimport sys \"os\"\n\nfunc f() { concbookExit(sys.Exit, 1) }\nfunc main() {defer concbookStopTrace(); f() }\n",
		},
		{
			name: "methods called main and other Exits are left alone",
			src:  "package main\n\ntype T struct{}\n\nfunc (T) main() {}\nfunc (T) Exit(int) {}\nfunc main() { var os T; os.Exit(1) }\n",
			want: "package main\n\ntype T struct{}\n\nfunc (T) main() {}\nfunc (T) Exit(int) {}\nfunc main() {defer concbookStopTrace(); var os T; os.Exit(1) }\n",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := instrument([]byte(tc.src))
			require.NoError(t, err)
			assert.Equal(t, tc.want, string(got))
			assert.Equal(t, strings.Count(tc.src, "\n"), strings.Count(string(got), "\n"), "lines moved")
		})
	}
	_, err := instrument([]byte("package main\n\nfunc f() {}\n"))
	require.ErrorContains(t, err, "no func main")
}
