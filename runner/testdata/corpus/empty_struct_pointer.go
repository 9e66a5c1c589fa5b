package main

import "fmt"

// Sentinel is the program's only empty struct type: a pointer to it in an
// interface keeps its type, as test/convT2X.go checks.
type Sentinel struct{}

func (Sentinel) Method() {}

type Job struct{ id int }

var (
	s      = Sentinel{}
	p      = &s
	ip any = p
)

func describe(v any) string {
	switch v.(type) {
	case *Sentinel:
		return "sentinel"
	case *Job:
		return "job"
	case Sentinel:
		return "sentinel value"
	}
	return "other"
}

func main() {
	fmt.Println(p == ip, describe(ip), describe(&Job{1}), describe(s), describe(3))
	q, ok := ip.(*Sentinel)
	fmt.Println(q == p, ok)
	_, ok = ip.(*Job)
	fmt.Println(ok)
	fmt.Printf("%T %T\n", ip, any(&Job{2}))
	var local Sentinel
	var il interface{ Method() } = &local
	fmt.Println(il == any(&local), describe(il))
}
