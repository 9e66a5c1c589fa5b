package main

import (
	"fmt"
	"sort"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }
func (c *Circle) String() string {
	return fmt.Sprintf("Circle(r=%.1f)", c.R)
}

func describe(v any) string {
	switch x := v.(type) {
	case Shape:
		return fmt.Sprintf("%s with area %.1f", x.Name(), x.Area())
	case fmt.Stringer:
		return "stringer " + x.String()
	case int:
		return fmt.Sprintf("int %d", x)
	default:
		return fmt.Sprintf("other %v", x)
	}
}

func main() {
	items := []any{Rect{2, 3}, &Circle{1}, 42, "hello"}
	for _, it := range items {
		fmt.Println(describe(it))
	}
	m := map[string]any{"a": Rect{1, 1}, "b": &Circle{2}}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if s, ok := m[k].(Shape); ok {
			fmt.Println(k, s.Name(), s.Area())
		}
	}
	ch := make(chan any, 2)
	ch <- &Circle{3}
	ch <- Rect{4, 5}
	close(ch)
	for v := range ch {
		fmt.Println(describe(v), v)
	}
	shapes := []Shape{Rect{1, 2}, &Circle{1}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Println("total", total, shapes[1])
}
