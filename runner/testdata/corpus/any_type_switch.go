package main

import (
	"fmt"
	"sort"
	"strings"
)

type Point struct{ X, Y int }
type Vec struct{ X, Y int }
type Name string

func (n Name) Upper() string { return strings.ToUpper(string(n)) }

type Shape interface{ Area() int }
type Sq struct{ S int }

func (s Sq) Area() int      { return s.S * s.S }
func (s Sq) String() string { return fmt.Sprintf("Sq(%d)", s.S) }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case Point:
		return fmt.Sprintf("Point %d,%d", x.X, x.Y)
	case Vec:
		return fmt.Sprintf("Vec %d,%d", x.X, x.Y)
	case *Point:
		return "ptr to point"
	case Name:
		return "name " + x.Upper()
	case Shape:
		return fmt.Sprintf("shape area %d", x.Area())
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		return "string " + x
	case []int:
		return fmt.Sprint("ints ", len(x))
	case error:
		return "error " + x.Error()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []any{Point{1, 2}, Vec{3, 4}, &Point{5, 6}, Name("bob"), Sq{3}, 7, int64(8), "hi", []int{1}, fmt.Errorf("e"), 2.5, nil}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	fmt.Println(vals[:2], vals[3:5])
	fmt.Printf("%v\n%+v\n%T\n", vals[0], vals[1], vals[3])
	m := map[string]any{"p": Point{1, 1}, "v": Vec{2, 2}, "n": Name("x"), "s": Sq{2}}
	keys := make([]string, 0)
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%v (%T)\n", k, m[k], m[k])
	}
	fmt.Println(m)
	ch := make(chan any, 3)
	ch <- Vec{9, 9}
	ch <- Sq{1}
	ch <- Name("z")
	close(ch)
	for v := range ch {
		if s, ok := v.(fmt.Stringer); ok {
			fmt.Println("stringer", s)
		} else if p, ok := v.(Vec); ok {
			fmt.Println("vec", p.X)
		} else {
			fmt.Println("neither", v)
		}
	}
	var sh Shape = Sq{4}
	if st, ok := sh.(fmt.Stringer); ok {
		fmt.Println(st.String(), sh)
	}
	p := vals[0].(Point)
	fmt.Println(p.X + p.Y)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	_ = vals[1].(Point)
}
