package main

import "fmt"

func main() {
	var prints []func()
	for _, name := range []string{"ada", "bob", "cy"} {
		prints = append(prints, func() { fmt.Println("hello", name) })
	}
	for i := 0; i < 3; i++ {
		prints = append(prints, func() { fmt.Println("index", i) })
	}
	for _, p := range prints {
		p()
	}
}
