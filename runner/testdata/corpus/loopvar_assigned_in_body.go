// Go 1.22 gives each iteration of a three-clause loop its own variables,
// and carries what the body assigned them to the next iteration: closures
// and pointers of each iteration see their own, changed, values.
package main

import "fmt"

func next() int { fmt.Println("init once"); return 0 }

func main() {
	var fns []func() int
	for i := 0; i < 6; i++ {
		fns = append(fns, func() int { return i })
		if i%2 == 0 {
			i++
			continue
		}
		i += 10
	}
	for _, f := range fns {
		fmt.Println(f())
	}

	var ptrs []*int
	for i, j := 0, 10; i < j; i, j = i+1, j-1 {
		ptrs = append(ptrs, &i)
		j--
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	var last *int
	for k := next(); ; k++ {
		last = &k
		if k > 3 {
			k = 100
			break
		}
	}
	fmt.Println(*last)

	var fs []func() string
	for s := "a"; len(s) < 4; s += "b" {
		fs = append(fs, func() string { return s })
		s += "x"
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
