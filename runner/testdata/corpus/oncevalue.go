package main

import (
	"fmt"
	"strconv"
	"sync"
)

func main() {
	calls := 0
	config := sync.OnceValue(func() map[string]string {
		calls++
		return map[string]string{"mode": "fast"}
	})
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() { _ = config()["mode"] })
	}
	wg.Wait()
	fmt.Println(config()["mode"], "computed", calls, "time")
	parse := sync.OnceValues(func() (int, error) { return strconv.Atoi("42") })
	n, err := parse()
	fmt.Println(n, err)
	_, err = sync.OnceValues(func() (int, error) { return strconv.Atoi("x") })()
	fmt.Println(err)
}
