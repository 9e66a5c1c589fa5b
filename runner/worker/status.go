package main

import (
	"encoding/json"
	"fmt"
	"os"
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
