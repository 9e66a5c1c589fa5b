package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Temporary struct{ Op string }

func (e *Temporary) Error() string { return e.Op + ": temporary failure" }

var ErrClosed = errors.New("store closed")

func lookup(key string) error {
	switch key {
	case "a":
		return fmt.Errorf("lookup %q: %w", key, &NotFound{key})
	case "b":
		return fmt.Errorf("lookup: %w", ErrClosed)
	case "c":
		return errors.Join(&Temporary{"read"}, ErrClosed)
	}
	return nil
}

func main() {
	for _, k := range []string{"a", "b", "c", "d"} {
		err := lookup(k)
		var nf *NotFound
		var tmp *Temporary
		fmt.Println(k, err)
		fmt.Println("  closed:", errors.Is(err, ErrClosed), "notfound:", errors.As(err, &nf), "temporary:", errors.As(err, &tmp))
		if nf != nil {
			fmt.Println("  key:", nf.Key)
		}
	}
	if e, ok := errors.AsType[*NotFound](lookup("a")); ok {
		fmt.Println("AsType:", e.Key)
	}
}
