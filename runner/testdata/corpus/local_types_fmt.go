package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	type result struct {
		id    int
		value string
		Err   error
	}
	type summary struct {
		Count int
		Items []result
	}
	results := make(chan result, 3)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			var err error
			if id == 2 {
				err = fmt.Errorf("job %d failed", id)
			}
			results <- result{id: id, value: fmt.Sprintf("v%d", id*10), Err: err}
		}(i)
	}
	wg.Wait()
	close(results)
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].id < all[j].id })
	for _, r := range all {
		fmt.Printf("%+v\n", r)
	}
	s := summary{Count: len(all), Items: all[:1]}
	fmt.Printf("%v\n%+v\n%T %T\n", s, s, s, all)
	var x any = all[0]
	if r, ok := x.(result); ok {
		fmt.Println("result", r.id)
	}
}
