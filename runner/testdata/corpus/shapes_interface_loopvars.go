package main

import (
	"fmt"
	"math"
	"sort"
	"sync"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Triangle struct{ A, B, C float64 }

func (r Rect) Area() float64          { return r.W * r.H }
func (r Rect) Perimeter() float64     { return 2 * (r.W + r.H) }
func (c Circle) Area() float64        { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64   { return 2 * math.Pi * c.R }
func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (c Circle) String() string { return fmt.Sprintf("Circle(%.1f)", c.R) }

type measured struct {
	Shape Shape
	Area  float64
}

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}, Triangle{3, 4, 5}, Rect{1, 1}}
	results := make([]measured, len(shapes))
	var wg sync.WaitGroup
	for i, s := range shapes {
		wg.Go(func() {
			results[i] = measured{s, s.Area()}
		})
	}
	wg.Wait()
	sort.Slice(results, func(i, j int) bool { return results[i].Area < results[j].Area })
	for _, m := range results {
		fmt.Printf("%-22v %-10T area=%6.2f perim=%.2f\n", m.Shape, m.Shape, m.Area, m.Shape.Perimeter())
	}
	fmt.Println(results[0])
	var total float64
	for _, s := range shapes {
		switch v := s.(type) {
		case Rect:
			total += v.W
		case Circle:
			total += v.R
		default:
			fmt.Printf("skip %T\n", v)
		}
	}
	fmt.Println("total", total)
}
