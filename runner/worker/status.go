package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"sync"
)

// Status kinds written to the status channel, one JSON object a line.
const (
	statusCompile = "compile" // the program did not compile; Text is the error
)

// statusLine is one message of the status channel.
type statusLine struct {
	Kind string `json:"kind"`
	Text string `json:"text"`
}

// status is the worker's side of the status channel. A worker started by a
// program (not by the engine) has none, and reports on standard error.
type status struct {
	mu sync.Mutex
	f  *os.File
}

// openStatus takes the worker's own flags off the front of args, up to a
// "--": -status-fd=N, the status channel's file descriptor, and
// -start-fd=N, a pipe the worker waits on (until its end of file) before
// it reads the program. The engine starts the worker before the program is
// ready, so that the worker's start overlaps type-checking and lowering;
// closing the pipe says the program file is written. A compile error kills
// the worker instead.
func openStatus(args []string) (*status, []string) {
	s := &status{}
	flags := false
	for ; len(args) > 0; args = args[1:] {
		name, value, _ := strings.Cut(args[0], "=")
		fd, err := strconv.Atoi(value)
		if err != nil || (name != "-status-fd" && name != "-start-fd") {
			break
		}
		flags = true
		if name == "-status-fd" {
			s.f = os.NewFile(uintptr(fd), "status")
		} else {
			awaitStart(os.NewFile(uintptr(fd), "start"))
		}
	}
	if flags && len(args) > 0 && args[0] == "--" {
		args = args[1:]
	}
	return s, args
}

// awaitStart blocks until the engine closes the start pipe.
func awaitStart(f *os.File) {
	io.Copy(io.Discard, f)
	f.Close()
}

func (s *status) send(kind, text string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.f == nil {
		if kind == statusCompile {
			fmt.Fprintln(os.Stderr, text)
		}
		return
	}
	b, _ := json.Marshal(statusLine{Kind: kind, Text: text})
	s.f.Write(append(b, '\n'))
}
