package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func try(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			switch v := r.(type) {
			case error:
				err = fmt.Errorf("recovered error: %w", v)
			case string:
				err = errors.New("recovered string: " + v)
			default:
				err = fmt.Errorf("recovered %T: %v", v, v)
			}
		}
	}()
	f()
	return nil
}

func main() {
	fmt.Println(try(func() { panic("oops") }))
	fmt.Println(try(func() { panic(MyErr{7}) }))
	fmt.Println(try(func() { panic(42) }))
	fmt.Println(try(func() { panic(fmt.Sprintf("n=%d", 3)) }))
	fmt.Println(try(func() {}))
	err := try(func() { panic(MyErr{9}) })
	var me MyErr
	fmt.Println(errors.As(err, &me), me.Code)
	defer fmt.Println("deferred before crash")
	panic(MyErr{1})
}
