package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
)

type Event interface{ Kind() string }
type Click struct{ X, Y int }
type Key struct{ Code rune }
type Quit struct{}

func (Click) Kind() string { return "click" }
func (Key) Kind() string   { return "key" }
func (*Quit) Kind() string { return "quit" }

func handle(e Event) string {
	switch ev := e.(type) {
	case Click:
		return fmt.Sprintf("click at %d,%d", ev.X, ev.Y)
	case Key:
		return "key " + string(ev.Code)
	case *Quit:
		return "quit " + ev.Kind()
	case nil:
		return "no event"
	}
	return "unknown"
}

func classify(err error) string {
	var ne *strconv.NumError
	switch {
	case err == nil:
		return "ok"
	case errors.Is(err, io.EOF):
		return "eof"
	case errors.As(err, &ne):
		return "num error in " + ne.Func
	case errors.Is(err, os.ErrNotExist):
		return "missing"
	}
	return "other: " + err.Error()
}

func main() {
	events := make(chan Event, 5)
	events <- Click{1, 2}
	events <- Key{'a'}
	events <- &Quit{}
	events <- nil
	close(events)
	for e := range events {
		fmt.Println(handle(e))
	}
	_, err := strconv.Atoi("x1")
	_, err2 := os.Open("/no/such")
	for _, e := range []error{nil, io.EOF, err, err2, fmt.Errorf("w: %w", io.EOF), errors.New("plain")} {
		fmt.Println(classify(e))
	}
	var v any = 42
	switch x := v.(type) {
	case string, int:
		fmt.Printf("%T %v\n", x, x)
	}
	switch n := 3; x := v.(type) {
	case int:
		fmt.Println(x + n)
	}
	if k, ok := Event(Key{'z'}).(Key); ok {
		fmt.Println(string(k.Code))
	}
	_, isClick := Event(Key{'z'}).(Click)
	fmt.Println(isClick)
	var e Event = Click{}
	q := e.(*Quit)
	fmt.Println(q)
}
