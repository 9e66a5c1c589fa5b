// defer recover() runs recover when the function returns, not at the defer
// statement: it stops the panic its caller is running it for only if the
// function that deferred it is not panicking itself.
package main

import "fmt"

// quiet defers recover and returns normally: the recover it deferred stops
// the panic that runs quiet as a deferred call.
func quiet() {
	defer func() {
		defer recover()
	}()
	panic("stopped by a deferred recover")
}

// busy defers recover, then panics again: the deferred recover runs for that
// new panic, called by the panic rather than by a deferred function, so it
// stops nothing.
func busy() {
	defer func() { fmt.Println("busy: outer recover gets", recover()) }()
	defer func() {
		defer func() { fmt.Println("busy: inner recover gets", recover()) }()
		defer recover()
		panic("second")
	}()
	panic("first")
}

// plain defers recover in the panicking function itself: recover is then
// the deferred function, not called by one, and stops nothing.
func plain() {
	defer func() { fmt.Println("plain: recover gets", recover()) }()
	defer recover()
	panic("third")
}

func main() {
	quiet()
	fmt.Println("quiet returned")
	busy()
	plain()
}
