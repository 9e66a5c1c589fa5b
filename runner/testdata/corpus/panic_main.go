package main

import "fmt"

type ValidationError struct {
	Field string
}

func (e *ValidationError) Error() string { return "invalid field " + e.Field }

func validate(name string) {
	if name == "" {
		panic(&ValidationError{"name"})
	}
}

func main() {
	fmt.Println("validating")
	validate("ok")
	validate("")
	fmt.Println("unreachable")
}
