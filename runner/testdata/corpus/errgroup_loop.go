package main

import (
	"errors"
	"fmt"

	"golang.org/x/sync/errgroup"
)

func fetch(id int) (string, error) {
	if id == 2 {
		return "", errors.New("fetch 2: not found")
	}
	return fmt.Sprintf("page%d", id), nil
}

func main() {
	var g errgroup.Group
	pages := make([]string, 4)
	for i := range 4 {
		g.Go(func() error {
			p, err := fetch(i)
			pages[i] = p
			return err
		})
	}
	err := g.Wait()
	fmt.Printf("%q\n", pages)
	fmt.Println("error:", err)
}
