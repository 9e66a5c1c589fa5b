package book

import (
	"fmt"
	"strings"
)

// Error is a problem in a chapter at file:line:col.
type Error struct {
	File      string
	Line, Col int
	Msg       string
}

func (e *Error) Error() string { return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg) }

// ErrorList is every problem found in the chapters, in order.
type ErrorList []*Error

func (l ErrorList) Error() string {
	var msgs []string
	for _, e := range l {
		msgs = append(msgs, e.Error())
	}
	return strings.Join(msgs, "\n")
}

// err returns the list as an error, nil when empty.
func (l ErrorList) err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}
