package main

import (
	"encoding/json"
	"fmt"
)

// A generic type whose fields and methods bear the names of its type
// parameters (struct{ A A; B B }): instantiating it replaces the types,
// not the names.

type Pair[A, B any] struct {
	A A
	B B
}

func (p Pair[A, B]) Swap() Pair[B, A] { return Pair[B, A]{A: p.B, B: p.A} }

type Getter[T any] interface {
	T() T
}

type box[T any] struct{ v T }

func (b box[T]) T() T { return b.v }

// A tagged field: its type, not its tag, follows the names.
type tagged[T any] struct {
	V T `json:"v"`
	W T
}

func get[T any](g Getter[T]) T { return g.T() }

func main() {
	p := Pair[int, string]{A: 1, B: "x"}
	fmt.Println(p.A, p.B)
	q := p.Swap()
	fmt.Println(q.A, q.B)
	fmt.Printf("%+v\n", q)
	fmt.Println(get[int](box[int]{7}))
	b, err := json.Marshal(tagged[int]{V: 1, W: 2})
	fmt.Println(string(b), err)
}
