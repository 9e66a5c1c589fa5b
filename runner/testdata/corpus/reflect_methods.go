// reflect's Method, MethodByName and NumMethod on the program's types,
// which the interpreter builds without methods: the lowering answers them
// from the type checker's method sets (exported methods only, sorted by
// name; pointer receivers in *T's set; methods promoted through embedding).
package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Counter struct{ n int }

func (c Counter) Get() int       { return c.n }
func (c *Counter) Add(d int)     { c.n += d }
func (c Counter) hidden() string { return "hidden" }
func (c Counter) Join(sep string, parts ...string) string {
	return fmt.Sprint(c.n) + sep + strings.Join(parts, sep)
}
func (c Counter) Pair() (int, error) { return c.n * 2, nil }

type Named struct {
	Counter
	Label string
}

func (n Named) Describe() string { return n.Label + ":" + fmt.Sprint(n.Get()) }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type Lister interface {
	NumMethod() int
	Method(int) reflect.Method
}

var methodOf = reflect.Type.MethodByName

func main() {
	t := reflect.TypeOf(Counter{})
	fmt.Println("Counter:", t.NumMethod())
	for i := 0; i < t.NumMethod(); i++ {
		m := t.Method(i)
		fmt.Println(i, m.Name, m.Index, m.PkgPath == "", m.Type.NumIn(), m.Type.NumOut())
	}
	pt := reflect.PointerTo(t)
	fmt.Println("*Counter:", pt.NumMethod())
	for i := 0; i < pt.NumMethod(); i++ {
		fmt.Println(i, pt.Method(i).Name)
	}

	_, ok := t.MethodByName("hidden")
	fmt.Println("hidden listed:", ok)
	_, ok = t.MethodByName("Add")
	fmt.Println("Add on Counter:", ok)
	add, ok := pt.MethodByName("Add")
	fmt.Println("Add on *Counter:", ok, add.Index)

	c := &Counter{n: 1}
	add.Func.Call([]reflect.Value{reflect.ValueOf(c), reflect.ValueOf(4)})
	fmt.Println("after Add:", c.n)
	add.Func.Interface().(func(*Counter, int))(c, 10)
	fmt.Println("after Add:", c.n)

	get := t.Method(0).Func.Interface().(func(Counter) int)
	fmt.Println("Get:", get(Counter{n: 7}))

	join, _ := t.MethodByName("Join")
	out := join.Func.Call([]reflect.Value{reflect.ValueOf(Counter{n: 3}), reflect.ValueOf("-"), reflect.ValueOf("a"), reflect.ValueOf("b")})
	fmt.Println("Join:", out[0].String(), join.Type.IsVariadic())

	v := reflect.ValueOf(c)
	fmt.Println("value methods:", v.NumMethod())
	v.MethodByName("Add").Call([]reflect.Value{reflect.ValueOf(100)})
	fmt.Println("after Value Add:", c.n)
	res := v.Method(3).Call(nil)
	fmt.Println("Pair:", res[0].Int(), res[1].IsNil())
	fmt.Println("missing:", v.MethodByName("Nope").IsValid())

	x := Counter{n: 5}
	xv := reflect.ValueOf(&x).Elem()
	g := xv.Method(0)
	x.n = 6
	fmt.Println("reads the receiver when called:", g.Call(nil)[0].Int())

	nt := reflect.TypeOf(Named{})
	fmt.Println("Named:", nt.NumMethod())
	for i := 0; i < nt.NumMethod(); i++ {
		fmt.Println(i, nt.Method(i).Name)
	}
	npt := reflect.TypeOf(&Named{})
	fmt.Println("*Named:", npt.NumMethod())
	d := reflect.ValueOf(Named{Counter{9}, "n"}).MethodByName("Describe").Interface().(func() string)
	fmt.Println(d())
	gm, _ := methodOf(npt.Elem(), "Get")
	fmt.Println("promoted Get:", gm.Func.Interface().(func(Named) int)(Named{Counter: Counter{n: 2}}))

	var l Lister = reflect.TypeOf(Celsius(0))
	fmt.Println("Celsius:", l.NumMethod(), l.Method(0).Name)
	s := reflect.ValueOf(Celsius(21.5)).Method(0).Call(nil)[0]
	fmt.Println(s.String())

	fmt.Println("int:", reflect.TypeOf(0).NumMethod(), reflect.ValueOf(0).NumMethod())

	defer func() { fmt.Println("recovered:", recover()) }()
	t.Method(10)
}
