// A range statement with = assigns each iteration's key and value to
// variables that exist before the loop, and they keep the last ones after.
package main

import "fmt"

type cursor struct{ pos int }

func main() {
	done := map[string]bool{"build": true}
	var task string
	var ok bool
	for task, ok = range done {
	}
	fmt.Println("last task:", task, ok)

	jobs := []string{"fetch", "parse", "store"}
	var i int
	var job string
	for i, job = range jobs {
		if job == "parse" {
			break
		}
	}
	fmt.Println("stopped at:", i, job)

	var c cursor
	for c.pos = range len(jobs) {
	}
	fmt.Println("cursor:", c.pos)

	results := make(chan int, 3)
	results <- 4
	results <- 9
	close(results)
	var last int
	for last = range results {
	}
	fmt.Println("last result:", last)
}
