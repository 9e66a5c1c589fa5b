package main

import (
	"io"
	"log"
	"strconv"
)

// LogAt is the logger l for one of its calls at file:line (the lowering's
// logcalls.go). It writes what l writes, with file:line in the header
// where l puts its caller's (runtime.Caller would find the interpreter
// there). l's flags, prefix and writer are read when the call writes, not
// when LogAt is called: a deferred call gets its logger when the defer
// statement runs.
func LogAt(l *log.Logger, file string, line int) *log.Logger {
	return log.New(callWriter{l: l, file: file, line: line}, "", 0)
}

// callWriter writes a message of the logger LogAt made: the message comes
// without header, and goes to l with l's header as l writes it at file:line.
type callWriter struct {
	l    *log.Logger
	file string
	line int
}

func (c callWriter) Write(msg []byte) (int, error) {
	if err := at(c.l, c.file, c.line).Output(0, string(msg)); err != nil {
		return 0, err
	}
	return len(msg), nil
}

// at is l itself when its flags name no file, else a logger that writes
// what l would with file:line in its header: l's prefix, date and time,
// then file:line, with Lmsgprefix the prefix after them. Lshortfile names
// the file's base, as log does.
func at(l *log.Logger, file string, line int) *log.Logger {
	flags := l.Flags()
	if flags&(log.Lshortfile|log.Llongfile) == 0 {
		return l
	}
	if flags&log.Lshortfile != 0 {
		for i := len(file) - 1; i > 0; i-- {
			if file[i] == '/' {
				file = file[i+1:]
				break
			}
		}
	}
	pos := file + ":" + strconv.Itoa(line) + ": "
	w := l.Writer()
	if flags&log.Lmsgprefix != 0 {
		pos += l.Prefix()
	} else if prefix := l.Prefix(); prefix != "" {
		w = prefixWriter{prefix: prefix, w: w}
	}
	return log.New(w, pos, flags&^(log.Lshortfile|log.Llongfile)|log.Lmsgprefix)
}

// prefixWriter writes prefix before each write, in the same write.
type prefixWriter struct {
	prefix string
	w      io.Writer
}

func (p prefixWriter) Write(b []byte) (int, error) {
	if _, err := p.w.Write(append([]byte(p.prefix), b...)); err != nil {
		return 0, err
	}
	return len(b), nil
}
