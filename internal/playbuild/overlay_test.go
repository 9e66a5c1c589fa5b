package playbuild

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPatchLockJS(t *testing.T) {
	goroot, err := goRoot()
	require.NoError(t, err)
	src, err := os.ReadFile(filepath.Join(goroot, "src", "runtime", "lock_js.go"))
	require.NoError(t, err)
	out, err := PatchLockJS(src)
	require.NoError(t, err, "GOROOT's lock_js.go no longer matches the patch")
	assert.Equal(t, 1, strings.Count(string(out), "if faketime != 0 && pollUntil != 0 && (len(events) == 0 || events[len(events)-1].returned) {"))
	assert.Len(t, out, len(src)+len(lockJSPatch)-len(lockJSAnchor))
	// Everything but beforeIdle's start is unchanged.
	assert.Equal(t, strings.Replace(string(out), lockJSPatch, lockJSAnchor, 1), string(src))
}

func TestPatchLockJSRefusesOtherText(t *testing.T) {
	for name, src := range map[string]string{
		"changed":  "package runtime\n\nfunc beforeIdle(now, pollUntil int64) (gp *g, otherReady bool) {\n\tdelay := int64(0)\n}\n",
		"missing":  "package runtime\n",
		"twice":    "package runtime\n\n" + lockJSAnchor + "}\n\n" + lockJSAnchor + "}\n",
		"reformat": strings.ReplaceAll(lockJSAnchor, "\t", "    "),
	} {
		_, err := PatchLockJS([]byte(src))
		assert.ErrorContains(t, err, "update internal/playbuild/overlay.go", name)
	}
}

func TestExportDataFile(t *testing.T) {
	b := exportDataFile([]byte("tcb1\x00\xff\"`\n"))
	assert.Contains(t, string(b), "//go:build js\n\npackage typecheck\n")
	assert.Contains(t, string(b), `const exportBundle = "tcb1\x00\xff\"`+"`"+`\n"`)
}

// TestPatchErrorsJS: js/wasm's errors read as Linux's, those Linux lacks
// and ENOSYS ("not implemented on js") as they were, nothing else changes.
func TestPatchErrorsJS(t *testing.T) {
	goroot, err := goRoot()
	require.NoError(t, err)
	tables, err := os.ReadFile(filepath.Join(goroot, "src", "syscall", "tables_js.go"))
	require.NoError(t, err)
	linux, err := os.ReadFile(filepath.Join(goroot, "src", "syscall", "zerrors_linux_amd64.go"))
	require.NoError(t, err)
	out, err := PatchErrorsJS(tables, linux)
	require.NoError(t, err)
	for _, want := range []string{
		"\tENOENT:          \"no such file or directory\",\n",
		"\tEEXIST:          \"file exists\",\n",
		"\tENOTEMPTY:       \"directory not empty\",\n",
		// What the page lacks keeps saying so.
		"\tENOSYS:          \"not implemented on \" + runtime.GOOS,\n",
	} {
		assert.Contains(t, string(out), want)
	}
	assert.Equal(t, strings.Count(string(tables), "\n"), strings.Count(string(out), "\n"))
	assert.Equal(t, strings.Count(string(tables), `",`), strings.Count(string(out), `",`))
	_, err = PatchErrorsJS([]byte("package syscall\n"), linux)
	assert.ErrorContains(t, err, "update internal/playbuild/errors.go")
	_, err = PatchErrorsJS(tables, []byte("package syscall\n"))
	assert.ErrorContains(t, err, "update internal/playbuild/errors.go")
}

func TestPatchSignalsJS(t *testing.T) {
	goroot, err := goRoot()
	require.NoError(t, err)
	syscallJS, err := os.ReadFile(filepath.Join(goroot, "src", "syscall", "syscall_js.go"))
	require.NoError(t, err)
	linux, err := os.ReadFile(filepath.Join(goroot, "src", "syscall", "zerrors_linux_amd64.go"))
	require.NoError(t, err)
	out, err := PatchSignalsJS(syscallJS, linux)
	require.NoError(t, err)
	for _, want := range []string{
		"\tSIGINT = Signal(0x2)\n",
		"\tSIGTERM = Signal(0xf)\n",
		"\tSIGHUP = Signal(0x1)\n",
		"\tSIGUSR1 = Signal(0xa)\n",
		"\tSIGKILL = Signal(0x9)\n",
		"\t2:  \"interrupt\",\n",
		"\t15: \"terminated\",\n",
	} {
		assert.Contains(t, string(out), want)
	}
	assert.NotContains(t, string(out), "_ Signal = iota")
	assert.NotContains(t, string(out), "var signals = [...]string{}")
	// The rest of the file is as it was.
	assert.Contains(t, string(out), "func (s Signal) String() string {")
	_, err = PatchSignalsJS([]byte("package syscall\n"), linux)
	assert.ErrorContains(t, err, "update internal/playbuild/signals.go")
	_, err = PatchSignalsJS(syscallJS, []byte("package syscall\n"))
	assert.ErrorContains(t, err, "update internal/playbuild/signals.go")
	// A Go release that declares other signals is caught, not patched
	// into a different list.
	_, err = PatchSignalsJS([]byte(strings.Replace(string(syscallJS), "\tSIGTRAP\n", "\tSIGTRAP\n\tSIGNEW\n", 1)), linux)
	assert.ErrorContains(t, err, "declares the signals")
}
