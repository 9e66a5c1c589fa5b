package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type WordCount map[string]int

func (wc WordCount) String() string {
	keys := make([]string, 0, len(wc))
	for k := range wc {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for i, k := range keys {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s:%d", k, wc[k])
	}
	return "{" + b.String() + "}"
}

type SafeCounter struct {
	mu sync.Mutex
	wc WordCount
}

func (c *SafeCounter) Add(words []string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, w := range words {
		c.wc[strings.ToLower(w)]++
	}
}

func main() {
	texts := []string{"Go is fun", "go routines are fun", "channels ARE go"}
	c := SafeCounter{wc: WordCount{}}
	var wg sync.WaitGroup
	for _, t := range texts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Add(strings.Fields(t))
		}()
	}
	wg.Wait()
	fmt.Println(c.wc)
	fmt.Printf("%v %d words\n", c.wc, len(c.wc))
	fmt.Printf("%s\n", c.wc)
	top := []struct {
		W string
		N int
	}{}
	for w, n := range c.wc {
		top = append(top, struct {
			W string
			N int
		}{w, n})
	}
	sort.Slice(top, func(i, j int) bool {
		if top[i].N != top[j].N {
			return top[i].N > top[j].N
		}
		return top[i].W < top[j].W
	})
	fmt.Printf("%v\n%+v\n", top[:3], top[0])
}
