package main

import "fmt"

type NotFound struct{ key string }

func (e *NotFound) Error() string {
	if e == nil {
		return "not found (nil)"
	}
	return "not found: " + e.key
}

// lookup returns a typed nil: a non-nil error holding a nil *NotFound.
func lookup(key string) error {
	var e *NotFound
	if key == "" {
		e = &NotFound{key}
	}
	return e
}

func lookupNamed() (err error) {
	var e *NotFound
	err = e
	return
}

func main() {
	var e *NotFound
	var err error = e
	fmt.Println(err == nil, err != nil)
	fmt.Println(lookup("x") == nil, lookupNamed() == nil)
	fmt.Println(lookup("x"))
	var untyped error
	fmt.Println(untyped == nil)
	var v any = e
	fmt.Println(v == nil, v.(*NotFound) == nil)
}
