package playbuild

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
)

// The messages of system errors. On js/wasm, Go's syscall package words
// them as Native Client did ("No such file or directory"); the command line
// runs programs on Linux, whose words Go prints ("no such file or
// directory"), and the book's transcripts have those. PatchErrorsJS gives
// js/wasm's syscall/tables_js.go Linux's messages, read from GOROOT's
// syscall/zerrors_linux_amd64.go, for every error both have. ENOSYS keeps
// its words, "not implemented on js", which tell the reader what happened.

var (
	// errorstrTable is js/wasm's table of messages, by error name.
	errorstrTable = regexp.MustCompile(`(?s)\nvar errorstr = \[\.\.\.\]string\{\n(.*?)\n\}\n`)
	errorstrEntry = regexp.MustCompile(`(?m)^\t(E[A-Z0-9]+):(\s+)("(?:[^"\\]|\\.)*"),$`)
	// linuxErrno is an error's number on Linux, linuxErrors the table of
	// messages by number.
	linuxErrno   = regexp.MustCompile(`(?m)^\t(E[A-Z0-9]+)\s+= Errno\((0x[0-9a-f]+)\)$`)
	linuxErrors  = regexp.MustCompile(`(?s)\nvar errors = \[\.\.\.\]string\{\n(.*?)\n\}\n`)
	linuxMessage = regexp.MustCompile(`(?m)^\t(\d+):\s+("(?:[^"\\]|\\.)*"),$`)
)

// PatchErrorsJS rewrites the messages of the text of js/wasm's
// syscall/tables_js.go with those of Linux, from the text of
// syscall/zerrors_linux_amd64.go. It fails, rather than build a runner
// that words errors otherwise, when either file no longer has the shape it
// expects.
func PatchErrorsJS(tablesJS, zerrorsLinux []byte) ([]byte, error) {
	fail := func(what string) ([]byte, error) {
		return nil, fmt.Errorf("syscall's error tables: %s: the Go release changed the file; update internal/playbuild/errors.go", what)
	}
	byNumber := map[string]string{}
	m := linuxErrors.FindSubmatch(zerrorsLinux)
	if m == nil {
		return fail("zerrors_linux_amd64.go has no table of messages")
	}
	for _, e := range linuxMessage.FindAllSubmatch(m[1], -1) {
		byNumber[string(e[1])] = string(e[2])
	}
	byName := map[string]string{}
	for _, e := range linuxErrno.FindAllSubmatch(zerrorsLinux, -1) {
		n, err := strconv.ParseUint(string(e[2]), 0, 16)
		if err != nil {
			return fail(err.Error())
		}
		if msg, ok := byNumber[strconv.FormatUint(n, 10)]; ok {
			byName[string(e[1])] = msg
		}
	}
	if byName["ENOENT"] != `"no such file or directory"` {
		return fail("zerrors_linux_amd64.go has no message for ENOENT")
	}
	loc := errorstrTable.FindSubmatchIndex(tablesJS)
	if loc == nil {
		return fail("tables_js.go has no table errorstr")
	}
	table := tablesJS[loc[2]:loc[3]]
	replaced := 0
	table = errorstrEntry.ReplaceAllFunc(table, func(entry []byte) []byte {
		e := errorstrEntry.FindSubmatch(entry)
		msg, ok := byName[string(e[1])]
		if !ok {
			return entry
		}
		replaced++
		return fmt.Appendf(nil, "\t%s:%s%s,", e[1], e[2], msg)
	})
	if replaced < 50 {
		return fail(fmt.Sprintf("tables_js.go's errorstr has %d errors Linux has", replaced))
	}
	return bytes.Join([][]byte{tablesJS[:loc[2]], table, tablesJS[loc[3]:]}, nil), nil
}
