package main

import (
	"encoding/json"
	"fmt"
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

// openStatus takes the -status-fd=N flag off args, if it is the first one,
// and a following "--".
func openStatus(args []string) (*status, []string) {
	s := &status{}
	if len(args) > 0 && strings.HasPrefix(args[0], "-status-fd=") {
		if fd, err := strconv.Atoi(strings.TrimPrefix(args[0], "-status-fd=")); err == nil {
			s.f = os.NewFile(uintptr(fd), "status")
		}
		args = args[1:]
		if len(args) > 0 && args[0] == "--" {
			args = args[1:]
		}
	}
	return s, args
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
