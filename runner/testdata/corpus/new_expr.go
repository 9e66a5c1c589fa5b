package main

import "fmt"

type Options struct {
	Retries *int
	Name    *string
}

func main() {
	opts := Options{Retries: new(3), Name: new("cache")}
	fmt.Println(*opts.Retries, *opts.Name)
	p := new(int64(300))
	*p++
	fmt.Println(*p)
}
