package main

import (
	"fmt"
	"time"
)

type Level int

const (
	Low Level = iota
	High
)

func (l Level) String() string {
	if l == High {
		return "HIGH"
	}
	return "low"
}

type Addr struct {
	City string
	Zip  int
}

func (a *Addr) String() string { return a.City + "-" + fmt.Sprint(a.Zip) }

type Job struct {
	Name     string
	Priority Level
	level    Level
	Home     Addr
	Work     *Addr
	Timeout  time.Duration
	timeout  time.Duration
	Tags     map[string]Level
	Deps     []Level
}

type Temp float64

func main() {
	j := Job{Name: "build", Priority: High, level: High, Home: Addr{"Oslo", 150}, Work: &Addr{"Rome", 100},
		Timeout: 2 * time.Second, timeout: time.Second, Tags: map[string]Level{"b": Low, "a": High}, Deps: []Level{High, Low}}
	fmt.Println(j)
	fmt.Printf("%v\n", j)
	fmt.Printf("%+v\n", j.Home)
	fmt.Printf("%s|%d|%q|%x|%5s|%-6v|\n", High, High, High, High, Low, High)
	fmt.Printf("%[2]v %[1]v %v\n", Low, High)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%.2f %8.3f %v %T\n", Temp(21.456), Temp(3), Temp(1.5), Temp(0))
	addrs := []Addr{{"A", 1}}
	paddrs := []*Addr{{"B", 2}}
	fmt.Println(addrs, paddrs, &addrs[0])
	m := map[Level][]string{High: {"x"}, Low: {"y", "z"}}
	fmt.Println(m)
	fmt.Printf("%v %d\n", m, m)
	s := fmt.Sprintf("%v", []Level{Low, High})
	fmt.Println(s, len(s))
	fmt.Print(High, Low, "\n")
	fmt.Print("a", High, 3, 4, "b\n")
	var nilAddr *Addr
	fmt.Println(nilAddr == nil)
	fmt.Printf("%s %v\n", []string{"q"}, [2]Level{High})
}
